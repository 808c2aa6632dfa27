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

const BUSY = new Set<DeleteState['step']>(['deleting', 'checking']);

export function deleteFlow(state: DeleteState, event: DeleteEvent): DeleteState {
  switch (event.type) {
    case 'open':
      return state.step === 'closed' ? { step: 'confirming' } : state;
    case 'cancel':
      return BUSY.has(state.step) || state.step === 'gone' ? state : { step: 'closed' };
    case 'confirm':
      return ['confirming', 'failed', 'still-there'].includes(state.step)
        ? { step: 'deleting' }
        : state;
    case 'recheck':
      return state.step === 'unconfirmed' ? { step: 'checking', error: state.error } : state;
    case 'deleted':
      return {
        step: 'gone',
        ids: event.ids,
        how: event.confirmedByRead ? 'confirmed-by-read' : 'deleted',
      };
    case 'already-gone':
      return { step: 'gone', ids: event.ids, how: 'already-gone' };
    case 'failed':
      return { step: 'failed', error: event.error };
    case 'still-there':
      return { step: 'still-there', error: event.error };
    case 'unconfirmed':
      return { step: 'unconfirmed', error: event.error, checkError: event.checkError };
  }
}

/** May the admin press Delete now? Never while a request is out or a lost answer is unresolved. */
export const canConfirm = (state: DeleteState) =>
  state.step === 'confirming' || state.step === 'failed' || state.step === 'still-there';
