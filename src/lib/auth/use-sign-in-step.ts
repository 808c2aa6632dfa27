import { useEffect, useRef } from 'react';

import { useAuth } from './auth-context';
import type { SignInEvent, SignInStep } from './sign-in-step';

/**
 * Starts what a paused flow's sign-in step asks for, once per entry into it: a popup (then
 * `signed-in`), or a redirect the admin agreed to. An answer for a step the flow has left is dropped.
 */
export function useSignInStep(
  step: SignInStep | null,
  tenantId: string | undefined,
  dispatch: (event: SignInEvent) => void,
) {
  const auth = useAuth();
  const entered = useRef<SignInStep | null>(null);
  useEffect(() => {
    if (!step || entered.current === step) return;
    entered.current = step;
    const answer = (event: SignInEvent) => {
      if (entered.current === step) dispatch(event);
    };
    const failed = (error: unknown) => answer({ type: 'sign-in-failed', error });
    if (step.mode === 'popup') {
      auth.signInWithPopup(tenantId).then(() => answer({ type: 'signed-in' }), failed);
    }
    if (step.mode === 'redirecting') {
      // Back here afterwards only when the page did not leave (a failure the shell shows, or demo).
      const leave = tenantId ? auth.signInToTenant(tenantId) : auth.signIn();
      leave.then(() => failed(null), failed);
    }
  }, [step, tenantId, auth, dispatch]);
}
