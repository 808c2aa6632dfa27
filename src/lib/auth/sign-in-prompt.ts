import { createStore } from '@/lib/state/create-store';

/** Why the app needs the user to sign in again; the shell shows it with a "Sign in again" button. */
export type SignInPrompt = {
  message: string;
  /** The AADSTS code Entra ID answered with, when there was one. */
  code: string | null;
};

export const signInPrompt = createStore<SignInPrompt | null>(null);

/** Thrown to a Graph call whose token needs the user: the prompt is up, nothing more to show. */
export class SignInRequiredError extends Error {
  override readonly name = 'SignInRequiredError';
  constructor() {
    super('Sign in again to continue. Your unsaved changes are kept.');
  }
}

/** An interactive sign-in has started (the page is leaving), or another one is under way. */
export class InteractionStartedError extends Error {
  override readonly name = 'InteractionStartedError';
  constructor() {
    super('Signing you in again…');
  }
}
