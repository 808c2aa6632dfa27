import { lazy, Suspense, useEffect } from 'react';

import { signInPrompt } from '@/lib/auth/sign-in-prompt';

import { useIdleWarning } from './use-idle-warning';

// The dialogs stay off the first page, and are fetched once it is up: when one is needed, the network
// may be what failed.
const loadSignInAgain = () => import('./sign-in-again-dialog');
const loadIdleSignOut = () => import('./idle-sign-out-dialog');
const SignInAgainDialog = lazy(async () => ({
  default: (await loadSignInAgain()).SignInAgainDialog,
}));
const IdleSignOutDialog = lazy(async () => ({
  default: (await loadIdleSignOut()).IdleSignOutDialog,
}));

/** What the signed-in session may need to ask: sign in again, or stay signed in. */
export function SessionDialogs() {
  const prompt = signInPrompt.use();
  const idle = useIdleWarning();
  useEffect(() => {
    void Promise.all([loadSignInAgain(), loadIdleSignOut()]).catch(() => undefined);
  }, []);
  return (
    <Suspense fallback={null}>
      {prompt && <SignInAgainDialog prompt={prompt} />}
      {idle.warning && <IdleSignOutDialog onStay={idle.stay} />}
    </Suspense>
  );
}
