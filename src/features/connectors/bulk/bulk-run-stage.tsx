import Button from '@mui/material/Button';
import type { ReactNode } from 'react';

import { GraphErrorAlert } from '@/components/graph-error-alert';

import { isRetryable } from './bulk-outcome';
import { BulkProgress } from './bulk-progress';
import { BulkResults } from './bulk-results';
import type { useBulkRun } from './use-bulk-run';

type Stage = { title: string; content: ReactNode; actions: ReactNode };

/**
 * The part both bulk dialogs share once Apply is pressed: progress, results or a failed check. After a
 * failed check, `backLabel` names the step Back returns to, with every choice the admin made.
 */
export function bulkRunStage(
  run: ReturnType<typeof useBulkRun>,
  onClose: () => void,
  backLabel: string,
): Stage | null {
  const { state } = run;
  switch (state.step) {
    case 'ready':
      return null;
    case 'running':
      return {
        title: 'Applying…',
        content: (
          <BulkProgress
            progress={state.progress}
            cancelling={state.cancelling}
            onCancel={run.cancel}
          />
        ),
        actions: null,
      };
    case 'error':
      return {
        title: 'Nothing was sent',
        content: (
          <GraphErrorAlert
            error={state.error}
            heading="The check before sending failed, so nothing was sent."
          />
        ),
        actions: (
          <>
            <Button onClick={onClose}>Close</Button>
            <Button variant="contained" onClick={run.back}>
              {state.previous.length ? 'Back to the results' : backLabel}
            </Button>
          </>
        ),
      };
    case 'done': {
      const failed = state.results.filter(({ outcome }) => isRetryable(outcome)).length;
      return {
        title: 'Results',
        content: <BulkResults results={state.results} />,
        actions: (
          <>
            {failed > 0 && <Button onClick={run.retryFailed}>Retry failed ({failed})</Button>}
            <Button variant="contained" onClick={onClose}>
              Close
            </Button>
          </>
        ),
      };
    }
  }
}
