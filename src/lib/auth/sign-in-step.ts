/**
 * Where a paused run's sign-in stands (a bulk run's, a delete's): `idle` waits for the admin; `popup` has one open; `asking`
 * explains that a redirect leaves the page (the results are already in the Changes log) and waits for
 * the admin to agree; `redirecting` has left, or is leaving, for Entra ID.
 */
export type SignInStep =
  | { mode: 'idle'; error: unknown }
  | { mode: 'popup' }
  | { mode: 'asking' }
  | { mode: 'redirecting' };

export type SignInEvent =
  | { type: 'sign-in' }
  | { type: 'ask-redirect' }
  | { type: 'keep-waiting' }
  | { type: 'redirect' }
  | { type: 'signed-in' }
  | { type: 'sign-in-failed'; error: unknown };

export const WAITING: SignInStep = { mode: 'idle', error: null };

/** The sign-in's part of a paused flow; 'signed-in' when the flow goes on. Pure. */
export function signInFlow(step: SignInStep, event: SignInEvent): SignInStep | 'signed-in' {
  switch (event.type) {
    case 'sign-in':
      return step.mode === 'idle' ? { mode: 'popup' } : step;
    case 'ask-redirect':
      return step.mode === 'idle' ? { mode: 'asking' } : step;
    case 'keep-waiting':
      return step.mode === 'asking' ? WAITING : step;
    case 'redirect':
      return step.mode === 'asking' ? { mode: 'redirecting' } : step;
    case 'signed-in':
      return step.mode === 'popup' ? 'signed-in' : step;
    case 'sign-in-failed':
      return step.mode === 'popup' || step.mode === 'redirecting'
        ? { mode: 'idle', error: event.error }
        : step;
  }
}
