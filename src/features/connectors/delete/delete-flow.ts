import type { GraphRequestIds } from '@/lib/graph/graph-error';

import type { DeleteOutcome } from './delete-connector';

/** One connector's delete: nothing is sent before `confirm`, and a lost answer is re-read first. */
export type DeleteState =
  | { step: 'closed' }
  | { step: 'confirming' }
  | { step: 'deleting' }
  /** Graph answered with a failure: the connector stays, and the delete may be tried again. */
  | { step: 'failed'; error: unknown }
  /** The answer was lost and a read found the connector: the delete is offered again. */
  | { step: 'still-there'; error: unknown }
  /** The answer was lost and the read failed too: only a new read may offer the delete again. */
  | { step: 'unconfirmed'; error: unknown; checkError: unknown }
  | { step: 'checking'; error: unknown }
  | { step: 'gone'; ids: GraphRequestIds; how: 'deleted' | 'already-gone' | 'confirmed-by-read' };

export type DeleteEvent =
  { type: 'open' } | { type: 'cancel' } | { type: 'confirm' } | { type: 'recheck' } | DeleteOutcome;

/** May the admin press Delete now? Never while a request is out or a lost answer is unresolved. */
export const canConfirm = (state: DeleteState) =>
  state.step === 'confirming' || state.step === 'failed' || state.step === 'still-there';

const canCancel = (state: DeleteState) => canConfirm(state) || state.step === 'unconfirmed';

/** Only the request the flow waits for may end it: a re-read never answers failed or already gone. */
function awaits(state: DeleteState, outcome: DeleteOutcome): boolean {
  if (state.step === 'deleting') return true;
  return state.step === 'checking' && outcome.type !== 'failed' && outcome.type !== 'already-gone';
}

function settled(outcome: DeleteOutcome): DeleteState {
  switch (outcome.type) {
    case 'deleted':
      return {
        step: 'gone',
        ids: outcome.ids,
        how: outcome.confirmedByRead ? 'confirmed-by-read' : 'deleted',
      };
    case 'already-gone':
      return { step: 'gone', ids: outcome.ids, how: 'already-gone' };
    case 'failed':
      return { step: 'failed', error: outcome.error };
    case 'still-there':
      return { step: 'still-there', error: outcome.error };
    case 'unconfirmed':
      return { step: 'unconfirmed', error: outcome.error, checkError: outcome.checkError };
  }
}

/** The delete flow: pure; an event that means nothing in the current step returns the same state. */
export function deleteFlow(state: DeleteState, event: DeleteEvent): DeleteState {
  switch (event.type) {
    case 'open':
      return state.step === 'closed' ? { step: 'confirming' } : state;
    case 'cancel':
      return canCancel(state) ? { step: 'closed' } : state;
    case 'confirm':
      return canConfirm(state) ? { step: 'deleting' } : state;
    case 'recheck':
      return state.step === 'unconfirmed' ? { step: 'checking', error: state.error } : state;
    default:
      return awaits(state, event) ? settled(event) : state;
  }
}
