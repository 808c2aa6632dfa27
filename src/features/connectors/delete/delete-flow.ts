import { signInFlow, WAITING, type SignInEvent, type SignInStep } from '@/lib/auth/sign-in-step';
import type { GraphRequestIds } from '@/lib/graph/graph-error';

import type { Connector } from '../model/connector';

import type { DeleteOutcome } from './delete-connector';

/** One connector's delete: nothing is sent before `confirm`, and a lost answer is re-read first. */
export type DeleteState =
  | { step: 'closed' }
  | { step: 'confirming' }
  /** `seen`: what the admin last saw, when it is not what the page showed as the dialog opened. */
  | { step: 'deleting'; seen?: Connector }
  /** The read before sending found the connector changed: nothing was sent, the admin may go on. */
  | { step: 'changed'; current: Connector; reason: string }
  /** Graph answered with a failure: the connector stays, and the delete may be tried again. */
  | { step: 'failed'; error: unknown }
  /** The answer was lost and a read found the connector: the delete is offered again. */
  | { step: 'still-there'; error: unknown }
  /** The answer was lost and the read failed too: only a new read may offer the delete again. */
  | { step: 'unconfirmed'; error: unknown; checkError: unknown }
  | { step: 'checking'; error: unknown }
  /** A token needs the admin: nothing was sent; after the sign-in the delete goes on as it was. */
  | { step: 'paused'; seen?: Connector; signIn: SignInStep }
  | { step: 'gone'; ids: GraphRequestIds; how: 'deleted' | 'already-gone' | 'confirmed-by-read' };

export type DeleteEvent =
  | { type: 'open' }
  | { type: 'cancel' }
  | { type: 'confirm' }
  | { type: 'recheck' }
  | DeleteOutcome
  | SignInEvent;

/** May the admin press Delete now? Never while a request is out or a lost answer is unresolved. */
export const canConfirm = (state: DeleteState) =>
  state.step === 'confirming' ||
  state.step === 'failed' ||
  state.step === 'still-there' ||
  state.step === 'changed';

const canCancel = (state: DeleteState) =>
  canConfirm(state) ||
  state.step === 'unconfirmed' ||
  (state.step === 'paused' && state.signIn.mode === 'idle');

/** What a re-read after a lost answer may say: never failed, already gone or changed. */
const RECHECK_ANSWERS: DeleteOutcome['type'][] = ['deleted', 'still-there', 'unconfirmed'];

/** Only the request the flow waits for may end it. */
function awaits(state: DeleteState, outcome: DeleteOutcome): boolean {
  if (state.step === 'deleting') return true;
  return state.step === 'checking' && RECHECK_ANSWERS.includes(outcome.type);
}

function settled(outcome: DeleteOutcome, seen?: Connector): DeleteState {
  switch (outcome.type) {
    case 'sign-in-needed':
      return { step: 'paused', ...(seen ? { seen } : {}), signIn: WAITING };
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
    case 'changed':
      return { step: 'changed', current: outcome.current, reason: outcome.reason };
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
      if (!canConfirm(state)) return state;
      // Delete anyway: the next read compares with what the admin has now seen.
      return state.step === 'changed'
        ? { step: 'deleting', seen: state.current }
        : { step: 'deleting' };
    case 'recheck':
      return state.step === 'unconfirmed' ? { step: 'checking', error: state.error } : state;
    case 'sign-in':
    case 'ask-redirect':
    case 'keep-waiting':
    case 'redirect':
    case 'signed-in':
    case 'sign-in-failed': {
      if (state.step !== 'paused') return state;
      const signIn = signInFlow(state.signIn, event);
      if (signIn === 'signed-in')
        return { step: 'deleting', ...(state.seen ? { seen: state.seen } : {}) };
      return signIn === state.signIn ? state : { ...state, signIn };
    }
    default:
      return awaits(state, event)
        ? settled(event, state.step === 'deleting' ? state.seen : undefined)
        : state;
  }
}
