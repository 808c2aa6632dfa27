import { Button } from '@/components/ui/button';
import { LoginIcon } from '@/components/ui/icons';
import { useAuth } from '@/lib/auth/auth-context';

/** After a 401: a fresh interactive sign-in; with MSAL the page leaves, so `onSignedIn` runs only in place. */
export function SignInAgainButton({ onSignedIn }: { onSignedIn?: () => void }) {
  const auth = useAuth();
  const signIn = async () => {
    await auth.signIn();
    onSignedIn?.();
  };
  return (
    <Button color="inherit" size="small" startIcon={<LoginIcon />} onClick={() => void signIn()}>
      Sign in again
    </Button>
  );
}
