import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { useAuth } from '@/lib/auth/auth-context';

type SignInPageProps = { error?: string | null };

export function SignInPage({ error = null }: SignInPageProps) {
  const auth = useAuth();
  return (
    <Container component="main" maxWidth="sm" sx={{ py: 6 }}>
      <Paper variant="outlined" sx={{ p: 4 }}>
        <Stack spacing={2}>
          <Typography variant="h1">NDES Connector Admin</Typography>
          <Typography>
            Sign in with your Microsoft Entra ID work account to manage your tenant&apos;s NDES
            connectors.
          </Typography>
          {error && (
            <Alert severity="error" role="alert">
              {error}
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
