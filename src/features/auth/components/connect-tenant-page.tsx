import { Alert } from '@/components/ui/alert';
import { Stack } from '@/components/ui/stack';
import { Container, Paper } from '@/components/ui/surface';
import { Typography } from '@/components/ui/typography';

/** Shown by a normal build that has no app registration to sign in with. */
export function ConnectTenantPage() {
  return (
    <Container component="main" maxWidth="md" style={{ paddingTop: 48, paddingBottom: 48 }}>
      <Paper variant="outlined" style={{ padding: 32 }}>
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
