import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { diagnosticsText, explainError } from '@/lib/graph/describe-error';

import { CopyDiagnosticsButton } from './copy-diagnostics-button';
import { RequestIds } from './request-ids';
import { SignInAgainButton } from './sign-in-again-button';

type GraphErrorAlertProps = { error: unknown; onRetry?: () => void };

/** A status-aware message with Graph's code and ids, and a way to copy everything support needs. */
export function GraphErrorAlert({ error, onRetry }: GraphErrorAlertProps) {
  const description = explainError(error);
  return (
    <Alert
      severity="error"
      action={
        onRetry && !description.needsSignIn ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{description.title}</AlertTitle>
      <Stack spacing={0.5} sx={{ overflowWrap: 'anywhere' }}>
        {description.hint && <Typography variant="body2">{description.hint}</Typography>}
        {description.detail && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {description.detail}
          </Typography>
        )}
        {description.code && (
          <Typography variant="body2">
            Graph code: <code>{description.code}</code>
            {description.status ? ` (HTTP ${description.status})` : ''}
          </Typography>
        )}
        <RequestIds ids={description} />
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
          {description.needsSignIn && <SignInAgainButton onSignedIn={onRetry} />}
          <CopyDiagnosticsButton text={() => diagnosticsText(description)} />
        </Stack>
      </Stack>
    </Alert>
  );
}
