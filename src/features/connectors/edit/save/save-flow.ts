import type { Connector } from '../../model/connector';
import { changedFields } from '../../model/patch';
import {
  resolveConflicts,
  type ConflictChoices,
  type FieldConflict,
} from '../conflicts/conflict-merge';
import type { PatchRequest } from '../review/patch-request';

import type { SaveConnectorInput, SaveConnectorResult } from './save-connector';
import type { SaveOutcome } from './save-outcome';

type Failure =
  | { step: 'failed'; input: SaveConnectorInput; error: unknown; retryable: boolean }
  | { step: 'maybe-applied'; input: SaveConnectorInput; error: unknown };

export type SaveStep =
  | { step: 'editing' }
  /** `after`: the failure the review was opened from; closing the review shows it again. */
  | { step: 'reviewing'; request: PatchRequest; after: Failure | null }
  /** `request`: set when sent from the review, which stays open until Graph answers. */
  | { step: 'sending'; input: SaveConnectorInput; request: PatchRequest | null }
  | { step: 'saved'; input: SaveConnectorInput; result: SaveConnectorResult }
  /** Graph accepted the write but kept its own value of some field; `original` is what it holds now. */
  | { step: 'not-applied'; input: SaveConnectorInput; result: SaveConnectorResult }
  | { step: 'conflict'; input: SaveConnectorInput; current: Connector; conflicts: FieldConflict[] }
  | Failure;

/** `original`: the version the user started from, the baseline for "what did someone else change". */
export type SaveState = SaveStep & { original: Connector };
export type SaveStateAt<Step extends SaveState['step']> = Extract<SaveState, { step: Step }>;

export type SaveEvent =
  | { type: 'review'; request: PatchRequest }
  | { type: 'close-review' }
  | { type: 'confirm' }
  | { type: 'send-again' }
  | { type: 'resolve'; choices: ConflictChoices; clientRequestId: string }
  | { type: 'cancel-conflict' }
  | SaveOutcome;

export const initialSaveState = (original: Connector): SaveState => ({ step: 'editing', original });

export const canSendAgain = (state: SaveStep) =>
  state.step === 'maybe-applied' || (state.step === 'failed' && state.retryable);

/** The failure to show under the form: the current one, or the one the open review came from. */
export function shownFailure(state: SaveState): Failure | null {
  if (state.step === 'failed' || state.step === 'maybe-applied') return state;
  return state.step === 'reviewing' ? state.after : null;
}

/** What a conflict's resolution sends: the user's patch less the fields left to "theirs". */
export const resolvedPatch = (state: SaveStateAt<'conflict'>, choices: ConflictChoices) =>
  resolveConflicts(state.input.patch, state.conflicts, choices);

/**
 * The step a save's outcome leads to. Each entry into `sending` gets an input object of its own: the
 * hook starts one save per input, whatever React does with its effects.
 */
export function settle(sending: SaveStateAt<'sending'>, outcome: SaveOutcome): SaveState {
  const { input, original } = sending;
  switch (outcome.type) {
    case 'saved':
      return { step: 'saved', input, result: outcome.result, original };
    case 'not-applied':
      // The new baseline is what Graph holds: the fields it kept stay in the form as unsaved changes.
      return {
        step: 'not-applied',
        input,
        result: outcome.result,
        original: outcome.result.connector,
      };
    case 'conflict':
      return {
        step: 'conflict',
        input,
        current: outcome.current,
        conflicts: outcome.conflicts,
        original,
      };
    case 'failed':
      return {
        step: 'failed',
        input,
        error: outcome.error,
        retryable: outcome.retryable,
        original,
      };
    case 'maybe-applied':
      return { step: 'maybe-applied', input, error: outcome.error, original };
  }
}

/** The save flow: pure, one per connector; the Graph calls happen in performSave. */
export function saveFlowReducer(state: SaveState, event: SaveEvent): SaveState {
  const { original } = state;
  switch (event.type) {
    case 'review': {
      const idle =
        state.step === 'editing' || state.step === 'not-applied' || shownFailure(state) !== null;
      return idle
        ? { step: 'reviewing', request: event.request, after: shownFailure(state), original }
        : state;
    }
    case 'close-review':
      if (state.step === 'reviewing') return { ...(state.after ?? { step: 'editing' }), original };
      // Closing the review while Graph is slow hides it; the save goes on and the form shows how it ends.
      return state.step === 'sending' && state.request ? { ...state, request: null } : state;
    case 'confirm': {
      if (state.step !== 'reviewing') return state;
      const { request } = state;
      const input = {
        id: request.connectorId,
        original,
        patch: request.body,
        clientRequestId: request.clientRequestId,
      };
      return { step: 'sending', input, request, original };
    }
    case 'send-again':
      // The same request id, in an input object of its own (see settle).
      return (state.step === 'failed' || state.step === 'maybe-applied') && canSendAgain(state)
        ? { step: 'sending', input: { ...state.input }, request: null, original }
        : state;
    case 'resolve': {
      if (state.step !== 'conflict') return state;
      const patch = resolvedPatch(state, event.choices);
      // Fields left to "theirs" now show their value; the new baseline is what Graph holds.
      const next = { original: state.current };
      if (changedFields(patch).length === 0) return { step: 'editing', ...next };
      const { clientRequestId } = event;
      const input = { id: state.input.id, original: state.current, patch, clientRequestId };
      return { step: 'sending', input, request: null, ...next };
    }
    case 'cancel-conflict':
      return state.step === 'conflict' ? { step: 'editing', original } : state;
    case 'saved':
    case 'not-applied':
    case 'conflict':
    case 'failed':
    case 'maybe-applied':
      return state.step === 'sending' ? settle(state, event) : state;
  }
}
