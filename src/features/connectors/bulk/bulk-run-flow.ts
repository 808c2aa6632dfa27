import { signInFlow, WAITING, type SignInEvent, type SignInStep } from '@/lib/auth/sign-in-step';
import type { BatchProgress } from '@/lib/graph/batch/batch-types';

import { isRetryable, type BulkResult } from './bulk-outcome';
import type { BulkItem } from './bulk-requests';

/**
 * Apply and what follows, the same in both bulk dialogs. `origin` is the step Apply was pressed in:
 * Back after a failed check returns there with every choice the admin made.
 */
export type RunState<Origin> =
  | {
      step: 'running';
      items: BulkItem[];
      progress: BatchProgress | null;
      cancelling: boolean;
      /** A retried run's earlier results, which this run's results update. */
      previous: BulkResult[];
      /** Goes on after a sign-in pause: the same run, so `previous` is checked by its read after. */
      resumed: boolean;
      origin: Origin;
    }
  /**
   * A token needs the admin: nothing more was sent. `previous` holds every item's result so far (those
   * not sent as cancelled); after the sign-in only `unsent` go.
   */
  | {
      step: 'paused';
      previous: BulkResult[];
      unsent: BulkItem[];
      signIn: SignInStep;
      origin: Origin;
    }
  | { step: 'done'; results: BulkResult[]; origin: Origin }
  /** The list read before sending failed: nothing was sent. */
  | { step: 'error'; error: unknown; previous: BulkResult[]; origin: Origin };

export type RunEvent =
  | { type: 'progress'; progress: BatchProgress }
  | { type: 'cancel' }
  | { type: 'finished'; results: BulkResult[] }
  | { type: 'cancelled' }
  | { type: 'failed'; error: unknown }
  | { type: 'retry-failed' }
  | { type: 'back' }
  | { type: 'paused'; results: BulkResult[]; unsent: BulkItem[] }
  | SignInEvent;

export const RUN_STEPS = ['running', 'paused', 'done', 'error'] as const;

export const isRunStep = <S extends { step: string }>(
  state: S,
): state is Extract<S, { step: (typeof RUN_STEPS)[number] }> =>
  RUN_STEPS.some((step) => step === state.step);

/** A retry's results replace those of the same connectors; the others stay as they were. */
export function mergeResults(previous: BulkResult[], retried: BulkResult[]): BulkResult[] {
  if (previous.length === 0) return retried;
  const byConnector = new Map(retried.map((result) => [result.item.connector.id, result]));
  return previous.map((result) => byConnector.get(result.item.connector.id) ?? result);
}

/** A run that stopped for a sign-in: what was answered is kept, the rest waits as cancelled. */
export function pauseRun<Origin>(
  state: Extract<RunState<Origin>, { step: 'running' }>,
  { results, unsent }: { results: BulkResult[]; unsent: BulkItem[] },
): RunState<Origin> {
  const byId = new Map(results.map((result) => [result.item.request.id, result]));
  const thisRun = state.items.map(
    (item): BulkResult => byId.get(item.request.id) ?? { item, outcome: { kind: 'cancelled' } },
  );
  return {
    step: 'paused',
    previous: mergeResults(state.previous, thisRun),
    unsent,
    signIn: WAITING,
    origin: state.origin,
  };
}

export const startRun = <Origin>(
  items: BulkItem[],
  previous: BulkResult[],
  origin: Origin,
  resumed = false,
): RunState<Origin> => ({
  step: 'running',
  items,
  progress: null,
  cancelling: false,
  previous,
  resumed,
  origin,
});

/** The run's part of a bulk flow; an event that means nothing in the current step changes nothing. */
export function runFlow<Origin>(
  state: RunState<Origin>,
  event: RunEvent,
): RunState<Origin> | Origin {
  const { origin } = state;
  switch (event.type) {
    case 'progress':
      return state.step === 'running' ? { ...state, progress: event.progress } : state;
    case 'cancel':
      // Paused, Cancel ends the run: the requests not sent stay unsent (cancelled).
      if (state.step === 'paused') {
        return state.signIn.mode === 'idle'
          ? { step: 'done', results: state.previous, origin }
          : state;
      }
      return state.step === 'running' && !state.cancelling ? { ...state, cancelling: true } : state;
    case 'paused':
      return state.step === 'running' && !state.cancelling ? pauseRun(state, event) : state;
    case 'finished':
      if (state.step !== 'running') return state;
      return { step: 'done', results: mergeResults(state.previous, event.results), origin };
    case 'cancelled': {
      if (state.step !== 'running') return state;
      const cancelled = state.items.map((item) => ({
        item,
        outcome: { kind: 'cancelled' as const },
      }));
      return { step: 'done', results: mergeResults(state.previous, cancelled), origin };
    }
    case 'failed':
      if (state.step !== 'running') return state;
      return { step: 'error', error: event.error, previous: state.previous, origin };
    case 'retry-failed': {
      if (state.step !== 'done') return state;
      const failed = state.results.filter(({ outcome }) => isRetryable(outcome));
      if (failed.length === 0) return state;
      return startRun(
        failed.map(({ item }) => item),
        state.results,
        origin,
      );
    }
    case 'back':
      if (state.step !== 'error') return state;
      return state.previous.length ? { step: 'done', results: state.previous, origin } : origin;
    default: {
      if (state.step !== 'paused') return state;
      const signIn = signInFlow(state.signIn, event);
      if (signIn === 'signed-in') return startRun(state.unsent, state.previous, origin, true);
      return signIn === state.signIn ? state : { ...state, signIn };
    }
  }
}
