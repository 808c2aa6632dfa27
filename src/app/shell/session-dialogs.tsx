import { IdleSignOutDialog } from './idle-sign-out-dialog';
import { SignInAgainDialog } from './sign-in-again-dialog';

/** What the signed-in session may need to ask: sign in again, or stay signed in. */
export function SessionDialogs() {
  return (
    <>
      <SignInAgainDialog />
      <IdleSignOutDialog />
    </>
  );
}
