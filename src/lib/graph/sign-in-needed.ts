/**
 * A token request made with `interactive: 'never'` needs the user (a sign-in frequency policy, a
 * claims challenge, a revoked refresh token): nothing was sent, and nothing left the page. The caller
 * pauses and asks the admin to sign in, then sends what is left.
 */
export class SignInNeededError extends Error {
  override readonly name: string = 'SignInNeededError';
  constructor(message = 'Sign in again to continue: your sign-in needs renewing.') {
    super(message);
  }
}

export const isSignInNeeded = (error: unknown): error is SignInNeededError =>
  error instanceof SignInNeededError;

/** `never`: a token that needs the user throws SignInNeededError instead of leaving for a redirect. */
export type Interactive = 'never';
