import Button from '@mui/material/Button';
import type { ReactNode } from 'react';

import { GraphErrorAlert } from '@/components/graph-error-alert';

import { BulkDialogFrame } from './bulk-dialog-frame';
import { isRetryable } from './bulk-outcome';
import { BulkProgress } from './bulk-progress';
import { BulkResults } from './bulk-results';
import type { RunEvent, RunState } from './bulk-run-flow';
import { pausedStage } from './paused-stage';

type Stage = { title: string; busy: boolean; content: ReactNode; actions: ReactNode };
type Dispatch = (event: RunEvent) => void;

function stageOf(
  state: RunState<unknown>,
  dispatch: Dispatch,
  onClose: () => void,
  backLabel: string,
): Stage {
  switch (state.step) {
    case 'running':
      return {
        title: 'Applying…',
        busy: true,
        content: (
          <BulkProgress
            progress={state.progress}
            cancelling={state.cancelling}
            onCancel={() => dispatch({ type: 'cancel' })}
          />
        ),
        actions: null,
      };
    case 'paused':
      return pausedStage(state, dispatch);
    case 'error':
      return {
        title: 'Nothing was sent',
        busy: false,
        content: (
          <GraphErrorAlert
            error={state.error}
            heading="The check before sending failed, so nothing was sent."
          />
        ),
        actions: (
          <>
            <Button onClick={onClose}>Close</Button>
            <Button variant="contained" onClick={() => dispatch({ type: 'back' })}>
              {state.previous.length ? 'Back to the results' : backLabel}
            </Button>
          </>
        ),
      };
    case 'done': {
      const failed = state.results.filter(({ outcome }) => isRetryable(outcome)).length;
      return {
        title: 'Results',
        busy: false,
        content: <BulkResults results={state.results} />,
        actions: (
          <>
            {failed > 0 && (
              <Button onClick={() => dispatch({ type: 'retry-failed' })}>
                Retry failed ({failed})
              </Button>
            )}
            <Button variant="contained" onClick={onClose}>
              Close
            </Button>
          </>
        ),
      };
    }
  }
}

/**
 * The steps both bulk dialogs share once Apply is pressed: progress, results or a failed check. After a
 * failed check, `backLabel` names the step Back returns to, with every choice the admin made. A plain
 * function, not a component: each step renders the same frame, so the Dialog stays mounted between them.
 */
export function runStage(
  state: RunState<unknown>,
  dispatch: Dispatch,
  onClose: () => void,
  backLabel: string,
) {
  const { title, busy, content, actions } = stageOf(state, dispatch, onClose, backLabel);
  return (
    <BulkDialogFrame title={title} busy={busy} onClose={onClose} actions={actions}>
      {content}
    </BulkDialogFrame>
  );
}
