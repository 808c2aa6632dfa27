import type { SignInPrompt } from '@/lib/auth/sign-in-prompt';

/** A sign-in failure in words, then Entra ID's code for an administrator to look up. */
export function AuthErrorText({ prompt }: { prompt: SignInPrompt }) {
  return (
    <>
      {prompt.message}
      {prompt.code && ` Error code: ${prompt.code}.`}
    </>
  );
}
