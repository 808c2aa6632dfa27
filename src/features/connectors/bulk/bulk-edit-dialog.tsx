import Button from '@mui/material/Button';

import { plural } from '@/lib/text/plural';

import type { Connector } from '../model/connector';

import { BulkDialogFrame } from './bulk-dialog-frame';
import { BulkEditForm } from './bulk-edit-form';
import { bulkEditFlow, canReview, startEditing } from './bulk-flow';
import { BulkReview } from './bulk-review';
import { runStage } from './bulk-run-stage';
import { useBulkFlow } from './use-bulk-flow';

type BulkEditDialogProps = { connectors: Connector[]; onClose: () => void };

/** Edit, review (nothing sent), apply, results: one dialog for the selected connectors. */
export function BulkEditDialog({ connectors, onClose }: BulkEditDialogProps) {
  const { state, dispatch } = useBulkFlow(bulkEditFlow, connectors, startEditing);
  switch (state.step) {
    case 'editing':
      return (
        <BulkDialogFrame
          title={`Edit ${plural(connectors.length, 'connector')}`}
          busy={false}
          onClose={onClose}
          actions={
            <>
              <Button onClick={onClose}>Cancel</Button>
              <Button
                variant="contained"
                disabled={!canReview(state.edit)}
                onClick={() => dispatch({ type: 'review' })}
              >
                Review
              </Button>
            </>
          }
        >
          <BulkEditForm
            edit={state.edit}
            onChange={(edit) => dispatch({ type: 'change-edit', edit })}
          />
        </BulkDialogFrame>
      );
    case 'reviewing': {
      const count = state.items.length;
      return (
        <BulkDialogFrame
          title="Review the bulk change"
          busy={false}
          onClose={onClose}
          actions={
            <>
              <Button onClick={() => dispatch({ type: 'back-to-editing' })}>Back to editing</Button>
              <Button
                variant="contained"
                disabled={count === 0}
                onClick={() => dispatch({ type: 'apply' })}
              >
                {`Apply ${plural(count, 'change')}`}
              </Button>
            </>
          }
        >
          <BulkReview plan={state.plan} items={state.items} />
        </BulkDialogFrame>
      );
    }
    case 'running':
    case 'paused':
    case 'done':
    case 'error':
      return runStage(state, dispatch, onClose, 'Back to the review');
  }
}
