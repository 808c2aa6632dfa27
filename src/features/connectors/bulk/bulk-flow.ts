import type { Connector } from '../model/connector';

import {
  EMPTY_BULK_EDIT,
  isEmptyEdit,
  planBulkEdit,
  type BulkEdit,
  type BulkPlan,
} from './bulk-edit';
import { deleteItems, patchItems, type BulkItem } from './bulk-requests';
import { isRunStep, runFlow, startRun, type RunEvent, type RunState } from './bulk-run-flow';
import { unknownPlaceholders } from './rename';

/** The plan is made once, at Review: Apply sends exactly the items the preview showed. */
type Reviewing = {
  step: 'reviewing';
  connectors: Connector[];
  edit: BulkEdit;
  plan: BulkPlan;
  items: BulkItem[];
};
type Confirming = { step: 'confirming'; connectors: Connector[] };

export type BulkEditState =
  { step: 'editing'; connectors: Connector[]; edit: BulkEdit } | Reviewing | RunState<Reviewing>;
export type BulkDeleteState = Confirming | RunState<Confirming>;

export type BulkEditEvent =
  | { type: 'change-edit'; edit: BulkEdit }
  | { type: 'review' }
  | { type: 'back-to-editing' }
  | { type: 'apply' }
  | RunEvent;
export type BulkDeleteEvent = { type: 'apply' } | RunEvent;

export const startEditing = (connectors: Connector[]): BulkEditState => ({
  step: 'editing',
  connectors,
  edit: EMPTY_BULK_EDIT,
});

export const startConfirming = (connectors: Connector[]): BulkDeleteState => ({
  step: 'confirming',
  connectors,
});

/** Something to do, and a rename template that names only placeholders the app knows. */
export const canReview = (edit: BulkEdit) =>
  !isEmptyEdit(edit) &&
  !(edit.rename.kind === 'template' && unknownPlaceholders(edit.rename.template).length > 0);

/** The bulk edit dialog: edit, review (nothing sent), then the run. Pure. */
export function bulkEditFlow(state: BulkEditState, event: BulkEditEvent): BulkEditState {
  switch (event.type) {
    case 'change-edit':
      return state.step === 'editing' ? { ...state, edit: event.edit } : state;
    case 'review': {
      if (state.step !== 'editing' || !canReview(state.edit)) return state;
      const plan = planBulkEdit(state.connectors, state.edit);
      return { ...state, step: 'reviewing', plan, items: patchItems(plan.changes) };
    }
    case 'back-to-editing':
      if (state.step !== 'reviewing') return state;
      return { step: 'editing', connectors: state.connectors, edit: state.edit };
    case 'apply':
      return state.step === 'reviewing' && state.items.length > 0
        ? startRun(state.items, [], state)
        : state;
    default:
      return isRunStep(state) ? runFlow(state, event) : state;
  }
}

/** The bulk delete dialog: one confirmation naming every connector, then the same run. Pure. */
export function bulkDeleteFlow(state: BulkDeleteState, event: BulkDeleteEvent): BulkDeleteState {
  if (event.type === 'apply') {
    return state.step === 'confirming' && state.connectors.length > 0
      ? startRun(deleteItems(state.connectors), [], state)
      : state;
  }
  return isRunStep(state) ? runFlow(state, event) : state;
}
