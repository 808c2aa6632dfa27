import { Alert, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Stack } from '@/components/ui/stack';
import { Typography } from '@/components/ui/typography';
import type { CodeLoadError } from '@/lib/code-load-error';
import { useOnline } from '@/lib/state/network-status';

type CodeLoadAlertProps = {
  /** What did not arrive, as the title's subject: "This page", "The export menu". */
  what: string;
  error: CodeLoadError;
  onRetry: () => void;
  onClose?: () => void;
};

/** In place of a page or dialog whose code did not arrive: why, and what brings it. */
export function CodeLoadAlert({ what, error, onRetry, onClose }: CodeLoadAlertProps) {
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
          {onClose && (
            <Button color="inherit" size="small" onClick={onClose}>
              Close
            </Button>
          )}
        </Stack>
      }
    >
      <AlertTitle>{what} could not be downloaded.</AlertTitle>
      <Stack spacing={0.5} style={{ overflowWrap: 'anywhere' }}>
        <Typography variant="body2">
          {online
            ? 'Check the network and retry. If the app was updated since this tab opened, reload it to get the new version.'
            : 'You are offline. It loads by itself when the network is back.'}
        </Typography>
        <Typography variant="body2" color="secondary">
          {error.message}
        </Typography>
      </Stack>
    </Alert>
  );
}
