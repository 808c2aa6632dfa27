import type { ReactNode } from 'react';

import { Alert, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Stack } from '@/components/ui/stack';
import { Typography } from '@/components/ui/typography';
import { isTenantSignInRequired } from '@/lib/auth/tenant-sign-in';
import { diagnosticsText, explainError } from '@/lib/graph/explain-error';

import { CopyDiagnosticsButton } from './copy-diagnostics-button';
import { RequestIds } from './request-ids';
import { SignInAgainButton } from './sign-in-again-button';
import { TenantSignInAlert } from './tenant-sign-in-alert';

type GraphErrorAlertProps = {
  error: unknown;
  /** What failed, when the alert sits beside a part of the page rather than in place of it. */
  heading?: string;
  severity?: 'error' | 'warning';
  onRetry?: () => void;
  /** What trying again does here: "Retry" for a read, "Send again" for a write. */
  retryLabel?: string;
  /** A way on other than trying again, shown in place of the retry button. */
  nextStep?: { label: string; onClick: () => void };
  /** More to say about this failure here, after the hint. */
  children?: ReactNode;
};

/** A status-aware message with Graph's code and ids, and a way to copy everything support needs. */
export function GraphErrorAlert({
  error,
  heading,
  severity = 'error',
  onRetry,
  retryLabel = 'Retry',
  nextStep,
  children,
}: GraphErrorAlertProps) {
  if (isTenantSignInRequired(error)) return <TenantSignInAlert error={error} />;
  const description = explainError(error);
  const step =
    nextStep ??
    (onRetry && !description.needsSignIn ? { label: retryLabel, onClick: onRetry } : null);
  return (
    <Alert
      severity={severity}
      action={
        step ? (
          <Button
            color="inherit"
            size="small"
            onClick={step.onClick}
            style={{ whiteSpace: 'nowrap' }}
          >
            {step.label}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{heading ?? description.title}</AlertTitle>
      <Stack spacing={0.5} style={{ overflowWrap: 'anywhere' }}>
        {heading && <Typography variant="body2">{description.title}</Typography>}
        {description.hint && <Typography variant="body2">{description.hint}</Typography>}
        {children && <Typography variant="body2">{children}</Typography>}
        {description.detail && (
          <Typography variant="body2" color="secondary">
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
        <Stack direction="row" spacing={1} wrap>
          {description.needsSignIn && <SignInAgainButton onSignedIn={onRetry} />}
          <CopyDiagnosticsButton text={() => diagnosticsText(description)} />
        </Stack>
      </Stack>
    </Alert>
  );
}
