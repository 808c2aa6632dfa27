import Button from '@mui/material/Button';
import { useState } from 'react';

import { plural } from '@/lib/text/plural';

import type { Connector } from '../model/connector';

import { BulkDialogFrame } from './bulk-dialog-frame';
import { EMPTY_BULK_EDIT, isEmptyEdit, planBulkEdit, type BulkPlan } from './bulk-edit';
import { BulkEditForm } from './bulk-edit-form';
import { patchItems } from './bulk-requests';
import { BulkReview } from './bulk-review';
import { bulkRunStage } from './bulk-run-stage';
import { unknownPlaceholders } from './rename';
import { useBulkRun } from './use-bulk-run';

type BulkEditDialogProps = { connectors: Connector[]; onClose: () => void };

/** Edit, review (nothing sent), apply, results: one dialog for the selected connectors. */
export function BulkEditDialog({ connectors, onClose }: BulkEditDialogProps) {
  const [edit, setEdit] = useState(EMPTY_BULK_EDIT);
  // The plan is made once, at Review: Apply sends exactly what the preview showed.
  const [plan, setPlan] = useState<BulkPlan | null>(null);
  const run = useBulkRun();
  const stage = bulkRunStage(run, onClose, 'Back to the review');
  const items = plan ? patchItems(plan.changes) : [];
  const invalidTemplate =
    edit.rename.kind === 'template' && unknownPlaceholders(edit.rename.template).length > 0;

  if (stage) {
    return (
      <BulkDialogFrame
        title={stage.title}
        busy={run.state.step === 'running'}
        onClose={onClose}
        actions={stage.actions}
      >
        {stage.content}
      </BulkDialogFrame>
    );
  }
  if (plan) {
    return (
      <BulkDialogFrame
        title="Review the bulk change"
        busy={false}
        onClose={onClose}
        actions={
          <>
            <Button onClick={() => setPlan(null)}>Back to editing</Button>
            <Button
              variant="contained"
              disabled={items.length === 0}
              onClick={() => run.apply(items)}
            >
              {`Apply ${plural(items.length, 'change')}`}
            </Button>
          </>
        }
      >
        <BulkReview plan={plan} items={items} />
      </BulkDialogFrame>
    );
  }
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
            disabled={isEmptyEdit(edit) || invalidTemplate}
            onClick={() => setPlan(planBulkEdit(connectors, edit))}
          >
            Review
          </Button>
        </>
      }
    >
      <BulkEditForm edit={edit} onChange={setEdit} />
    </BulkDialogFrame>
  );
}
