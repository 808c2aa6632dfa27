import { lazyPart } from '@/components/lazy-part';
import { signInPrompt } from '@/lib/auth/sign-in-prompt';
import { usePreload } from '@/lib/use-preload';
import { withMui } from '@/theme/with-mui';

import { useIdleWarning } from './use-idle-warning';

// The dialogs stay off the first page, and are fetched once it is up: when one is needed, the network
// may be what failed.
const loadSignInAgain = withMui(
  async () => (await import('./sign-in-again-dialog')).SignInAgainDialog,
);
const loadIdleSignOut = withMui(
  async () => (await import('./idle-sign-out-dialog')).IdleSignOutDialog,
);
const SignInAgainDialog = lazyPart(loadSignInAgain, { what: 'The sign-in dialog' });
const IdleSignOutDialog = lazyPart(loadIdleSignOut, { what: 'The sign-out warning' });
const preloadDialogs = () => Promise.all([loadSignInAgain(), loadIdleSignOut()]);

/** What the signed-in session may need to ask: sign in again, or stay signed in. */
export function SessionDialogs() {
  const prompt = signInPrompt.use();
  const idle = useIdleWarning();
  usePreload(preloadDialogs);
  return (
    <>
      {prompt && <SignInAgainDialog prompt={prompt} />}
      {idle.warning && <IdleSignOutDialog onStay={idle.stay} />}
    </>
  );
}
