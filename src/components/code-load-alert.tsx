import { Alert, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Stack } from '@/components/ui/stack';
import { Typography } from '@/components/ui/typography';
import type { CodeLoadError } from '@/lib/router/code-load-error';
import { useOnline } from '@/lib/state/network-status';

/** In place of a page whose code did not arrive: why, and what brings it. */
export function CodeLoadAlert({ error, onRetry }: { error: CodeLoadError; onRetry: () => void }) {
  const online = useOnline();
  return (
    <Alert
      severity="error"
      action={
        <Stack direction="row" spacing={1}>
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
          {online && (
            <Button color="inherit" size="small" onClick={() => window.location.reload()}>
              Reload the app
            </Button>
          )}
        </Stack>
      }
    >
      <AlertTitle>This page could not be downloaded.</AlertTitle>
      <Stack spacing={0.5} style={{ overflowWrap: 'anywhere' }}>
        <Typography variant="body2">
          {online
            ? 'Check the network and retry. If the app was updated since this tab opened, reload it to get the new version.'
            : 'You are offline. The page loads by itself when the network is back.'}
        </Typography>
        <Typography variant="body2" color="secondary">
          {error.message}
        </Typography>
      </Stack>
    </Alert>
  );
}
