import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { describeError } from '@/lib/graph/describe-error';

import { CopyButton } from './copy-button';
import { RequestIds } from './request-ids';

type GraphErrorAlertProps = { error: unknown; onRetry?: () => void };

/** A status-aware message with Graph's code and ids, and a way to copy everything support needs. */
export function GraphErrorAlert({ error, onRetry }: GraphErrorAlertProps) {
  const description = describeError(error);
  const diagnostics = JSON.stringify({ ...description, at: new Date().toISOString() }, null, 2);
  return (
    <Alert
      severity="error"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{description.title}</AlertTitle>
      <Stack spacing={0.5}>
        {description.detail && <Typography variant="body2">{description.detail}</Typography>}
        {description.code && (
          <Typography variant="body2">
            Graph code: <code>{description.code}</code>
            {description.status ? ` (HTTP ${description.status})` : ''}
          </Typography>
        )}
        <RequestIds ids={description} />
        <Stack direction="row" sx={{ alignItems: 'center' }}>
          <Typography variant="body2">Copy diagnostics</Typography>
          <CopyButton value={diagnostics} label="Copy diagnostics" />
        </Stack>
      </Stack>
    </Alert>
  );
}
