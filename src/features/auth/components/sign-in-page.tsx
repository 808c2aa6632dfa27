import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Stack } from '@/components/ui/stack';
import { Container, Paper } from '@/components/ui/surface';
import { Typography } from '@/components/ui/typography';
import { useAuth } from '@/lib/auth/auth-context';
import type { SignedOutReason } from '@/lib/auth/session-storage';
import { signInPrompt, type SignInPrompt } from '@/lib/auth/sign-in-prompt';

import { AuthErrorText } from './auth-error-text';

type SignInPageProps = {
  error?: SignInPrompt | null;
  signedOutReason?: SignedOutReason | null;
  idleTimeoutMinutes?: number;
};

export function SignInPage({
  error = null,
  signedOutReason = null,
  idleTimeoutMinutes = 0,
}: SignInPageProps) {
  const auth = useAuth();
  // A sign-in that fails before it leaves the page (storage, interaction_in_progress) lands here.
  const prompt = signInPrompt.use();
  const shown = prompt ?? error;
  const signedOut =
    signedOutReason === 'idle'
      ? `You were signed out after ${idleTimeoutMinutes} minutes without activity.`
      : 'You signed out in another tab of the app.';
  return (
    <Container component="main" maxWidth="sm" style={{ paddingTop: 48, paddingBottom: 48 }}>
      <Paper variant="outlined" style={{ padding: 32 }}>
        <Stack spacing={2}>
          <Typography variant="h1">NDES Connector Admin</Typography>
          <Typography>
            Sign in with your Microsoft Entra ID work account to manage your tenant&apos;s NDES
            connectors.
          </Typography>
          {signedOutReason && (
            <Alert severity="info" role="status">
              {signedOut}
            </Alert>
          )}
          {shown && (
            <Alert severity="error" role="alert">
              <AuthErrorText prompt={shown} />
            </Alert>
          )}
          <Button variant="contained" onClick={() => void auth.signIn()}>
            Sign in with Microsoft
          </Button>
        </Stack>
      </Paper>
    </Container>
  );
}
