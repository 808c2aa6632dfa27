import Alert from '@mui/material/Alert';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** Shown by a normal build that has no app registration to sign in with. */
export function ConnectTenantPage() {
  return (
    <Container component="main" maxWidth="md" sx={{ py: 6 }}>
      <Paper variant="outlined" sx={{ p: 4 }}>
        <Stack spacing={2}>
          <Typography variant="h1">Connect your tenant</Typography>
          <Typography>
            NDES Connector Admin signs you in with your Microsoft Entra ID work account and calls
            Microsoft Graph on your behalf. It needs an app registration (a single-page application
            with the delegated permission <code>DeviceManagementConfiguration.ReadWrite.All</code>)
            and its client id.
          </Typography>
          <Typography>
            Put the client id in <code>/config.json</code> next to <code>index.html</code>, as{' '}
            <code>config.example.json</code> shows, and reload. <code>docs/deploy.md</code> walks
            through the app registration.
          </Typography>
          <Alert severity="info">
            Just looking? Run <code>npm run demo</code> for the app with a mock tenant and no Azure
            account.
          </Alert>
        </Stack>
      </Paper>
    </Container>
  );
}
