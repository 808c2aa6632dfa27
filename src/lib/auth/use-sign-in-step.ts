import { useEffect, useRef } from 'react';

import type { TenantId } from '@/config/tenants';

import { useAuth } from './auth-context';
import type { SignInEvent, SignInStep } from './sign-in-step';

/**
 * Starts what a paused flow's sign-in step asks for, once per entry into it: a popup (then
 * `signed-in`), or a redirect the admin agreed to. An answer for a step the flow has left is dropped.
 */
export function useSignInStep(
  step: SignInStep | null,
  { tenantId, isHome }: { tenantId: TenantId; isHome: boolean },
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
      const leave = isHome ? auth.signIn() : auth.signInToTenant(tenantId);
      leave.then(() => failed(null), failed);
    }
  }, [step, tenantId, isHome, auth, dispatch]);
}
