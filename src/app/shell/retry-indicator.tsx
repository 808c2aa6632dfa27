import { createPortal } from 'react-dom';

import { Alert } from '@/components/ui/alert';
import { useRetryStatus, type RetryStatus } from '@/lib/graph/retry-status';

function describeRetry({ reason, nextAttempt, maxAttempts, delayMs }: RetryStatus): string {
  const why = reason === 'network' ? 'Graph did not answer' : `Graph is busy (${reason})`;
  const wait = Math.max(1, Math.ceil(delayMs / 1000));
  return `${why}: trying again in ${wait} s (attempt ${nextAttempt} of ${maxAttempts})…`;
}

/**
 * Says when the Graph client is waiting to retry, so a slow page or save does not look stuck.
 * Portalled to the body and mounted only while retrying: an open dialog (the save review) hides
 * from assistive technology everything that was in the page when it opened, and this must be heard.
 */
export function RetryIndicator() {
  const status = useRetryStatus();
  if (!status) return null;
  return createPortal(
    <div
      style={{
        position: 'fixed',
        top: 16,
        left: '50%',
        transform: 'translateX(-50%)',
        zIndex: 'var(--mui-zIndex-snackbar)',
      }}
    >
      <Alert
        role="status"
        aria-live="polite"
        aria-label="Graph retries"
        severity="info"
        variant="filled"
      >
        {describeRetry(status)}
      </Alert>
    </div>,
    document.body,
  );
}
