import { SignInNeededError } from '@/lib/graph/sign-in-needed';
import { createStore } from '@/lib/state/create-store';

/**
 * Demo mode's "a token needs the user": armed from the Fault lab, it lets `after` more tokens of runs
 * (requests made with `interactive: 'never'`) through, then refuses each of them until the admin signs
 * in again, as a Conditional Access sign-in frequency would.
 */
export type DemoSignInFault = { after: number } | { needed: true };

export const demoSignInFault = createStore<DemoSignInFault | null>(null);

export function armDemoSignInFault(after = 0) {
  demoSignInFault.set({ after: Math.max(0, Math.trunc(after)) });
}

/** Throws SignInNeededError when the armed fault says this run's token needs the user. */
export function checkDemoSignInFault(interactive: 'never' | undefined) {
  const fault = demoSignInFault.get();
  if (!fault || interactive !== 'never') return;
  if ('after' in fault && fault.after > 0) {
    demoSignInFault.set({ after: fault.after - 1 });
    return;
  }
  demoSignInFault.set({ needed: true });
  throw new SignInNeededError();
}

/** The demo's sign-in: whatever the fault asked for is now done. */
export const clearDemoSignInFault = () => demoSignInFault.set(null);
