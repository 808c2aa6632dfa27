import { WAITING } from '@/lib/auth/sign-in-step';
import type { BatchProgress } from '@/lib/graph/batch/batch-types';
import { testConnector } from '@/testing/connector-fixture';

import { EMPTY_BULK_EDIT, planBulkEdit } from './bulk-edit';
import {
  bulkDeleteFlow,
  bulkEditFlow,
  startConfirming,
  startEditing,
  type BulkDeleteEvent,
  type BulkDeleteState,
  type BulkEditEvent,
  type BulkEditState,
} from './bulk-flow';
import type { BulkOutcome, BulkResult } from './bulk-outcome';
import { deleteItems, patchItems } from './bulk-requests';
import { mergeResults, type RunEvent } from './bulk-run-flow';

const a = testConnector({ id: 'a' });
const b = testConnector({ id: 'b' });
const connectors = [a, b];
const deactivate = { ...EMPTY_BULK_EDIT, state: 'inactive' as const };
const plan = planBulkEdit(connectors, deactivate);
const items = patchItems(plan.changes);
const [itemA, itemB] = items;
if (!itemA || !itemB) throw new Error('the fixture plans two changes');

const saved: BulkOutcome = { kind: 'saved', requestId: 'r' };
const failedOutcome: BulkOutcome = { kind: 'failed', requestId: 'r', reason: 'HTTP 500' };
const progress: BatchProgress = {
  done: 1,
  total: 2,
  retries: 0,
  batchesSent: 1,
  waitingMs: null,
  waitingFor: null,
};
const boom = new Error('list read failed');

const editing: BulkEditState = { step: 'editing', connectors, edit: deactivate };
const reviewing: BulkEditState = { step: 'reviewing', connectors, edit: deactivate, plan, items };
if (reviewing.step !== 'reviewing') throw new Error('typed for the origin below');
const running: BulkEditState = {
  step: 'running',
  items,
  progress: null,
  cancelling: false,
  previous: [],
  resumed: false,
  origin: reviewing,
};
const partlyFailed: BulkResult[] = [
  { item: itemA, outcome: saved },
  { item: itemB, outcome: failedOutcome },
];
const done: BulkEditState = { step: 'done', results: partlyFailed, origin: reviewing };

describe('the bulk edit flow', () => {
  it('starts editing nothing, and keeps each change to the edit', () => {
    const start = startEditing(connectors);
    expect(start).toEqual({ step: 'editing', connectors, edit: EMPTY_BULK_EDIT });
    expect(bulkEditFlow(start, { type: 'change-edit', edit: deactivate })).toEqual(editing);
  });

  it('reviews a plan made once, with the exact items Apply will send', () => {
    expect(bulkEditFlow(editing, { type: 'review' })).toEqual(reviewing);
  });

  it('refuses to review an empty edit or a template with unknown placeholders', () => {
    const empty = startEditing(connectors);
    expect(bulkEditFlow(empty, { type: 'review' })).toBe(empty);
    const template: BulkEditState = {
      ...editing,
      edit: { ...EMPTY_BULK_EDIT, rename: { kind: 'template', template: '{nope}' } },
    };
    expect(bulkEditFlow(template, { type: 'review' })).toBe(template);
  });

  it('goes back to editing with the same edit', () => {
    expect(bulkEditFlow(reviewing, { type: 'back-to-editing' })).toEqual(editing);
  });

  it('applies the reviewed items, remembering the review to come back to', () => {
    expect(bulkEditFlow(reviewing, { type: 'apply' })).toEqual(running);
    const nothing: BulkEditState = { ...reviewing, items: [] };
    expect(bulkEditFlow(nothing, { type: 'apply' })).toBe(nothing);
  });

  it('shows progress, and a cancel once', () => {
    expect(bulkEditFlow(running, { type: 'progress', progress })).toEqual({ ...running, progress });
    const cancelling = bulkEditFlow(running, { type: 'cancel' });
    expect(cancelling).toEqual({ ...running, cancelling: true });
    expect(bulkEditFlow(cancelling, { type: 'cancel' })).toBe(cancelling);
  });

  it('ends with the results, or with every item cancelled', () => {
    expect(bulkEditFlow(running, { type: 'finished', results: partlyFailed })).toEqual(done);
    expect(bulkEditFlow(running, { type: 'cancelled' })).toEqual({
      step: 'done',
      results: items.map((item) => ({ item, outcome: { kind: 'cancelled' } })),
      origin: reviewing,
    });
  });

  it('after a failed check, Back returns to the review it was applied from', () => {
    const error = bulkEditFlow(running, { type: 'failed', error: boom });
    expect(error).toEqual({ step: 'error', error: boom, previous: [], origin: reviewing });
    expect(bulkEditFlow(error, { type: 'back' })).toBe(reviewing);
  });

  it('retries only the failed, and merges their results into the earlier ones', () => {
    const retrying = bulkEditFlow(done, { type: 'retry-failed' });
    expect(retrying).toEqual({ ...running, items: [itemB], previous: partlyFailed });
    const retried = [{ item: itemB, outcome: saved }];
    expect(bulkEditFlow(retrying, { type: 'finished', results: retried })).toEqual({
      step: 'done',
      results: [
        { item: itemA, outcome: saved },
        { item: itemB, outcome: saved },
      ],
      origin: reviewing,
    });
  });

  it('after a retry’s failed check, Back returns to the results it retried', () => {
    const retrying = bulkEditFlow(done, { type: 'retry-failed' });
    const error = bulkEditFlow(retrying, { type: 'failed', error: boom });
    expect(error).toEqual({
      step: 'error',
      error: boom,
      previous: partlyFailed,
      origin: reviewing,
    });
    expect(bulkEditFlow(error, { type: 'back' })).toEqual(done);
  });

  it('a cancelled retry keeps the earlier results of the connectors it did not touch', () => {
    const retrying = bulkEditFlow(done, { type: 'retry-failed' });
    expect(bulkEditFlow(retrying, { type: 'cancelled' })).toEqual({
      step: 'done',
      results: [
        { item: itemA, outcome: saved },
        { item: itemB, outcome: { kind: 'cancelled' } },
      ],
      origin: reviewing,
    });
  });
});

const cancelledB: BulkResult = { item: itemB, outcome: { kind: 'cancelled' } };
const pausedPrevious: BulkResult[] = [{ item: itemA, outcome: saved }, cancelledB];
const pausedRun = {
  step: 'paused' as const,
  previous: pausedPrevious,
  unsent: [itemB],
  signIn: WAITING,
};
const paused: Extract<BulkEditState, { step: 'paused' }> = { ...pausedRun, origin: reviewing };

describe('a run paused for a sign-in', () => {
  const pauseAfterA: BulkEditEvent = {
    type: 'paused',
    results: [{ item: itemA, outcome: saved }],
    unsent: [itemB],
  };

  it('keeps what was answered, with the unsent waiting as cancelled', () => {
    expect(bulkEditFlow(running, pauseAfterA)).toEqual(paused);
  });

  it('resumes after the popup sign-in with only the unsent, then merges their results', () => {
    const signingIn = bulkEditFlow(paused, { type: 'sign-in' });
    expect(signingIn).toEqual({ ...paused, signIn: { mode: 'popup' } });
    const resumed = bulkEditFlow(signingIn, { type: 'signed-in' });
    expect(resumed).toEqual({
      ...running,
      items: [itemB],
      previous: pausedPrevious,
      resumed: true,
    });
    expect(
      bulkEditFlow(resumed, { type: 'finished', results: [{ item: itemB, outcome: saved }] }),
    ).toEqual({
      step: 'done',
      results: [
        { item: itemA, outcome: saved },
        { item: itemB, outcome: saved },
      ],
      origin: reviewing,
    });
  });

  it('stays paused, saying why, when the sign-in fails', () => {
    const signingIn = bulkEditFlow(paused, { type: 'sign-in' });
    expect(bulkEditFlow(signingIn, { type: 'sign-in-failed', error: boom })).toEqual({
      ...paused,
      signIn: { mode: 'idle', error: boom },
    });
  });

  it('redirects only after the admin agrees', () => {
    expect(bulkEditFlow(paused, { type: 'redirect' })).toBe(paused);
    const asking = bulkEditFlow(paused, { type: 'ask-redirect' });
    expect(asking).toEqual({ ...paused, signIn: { mode: 'asking' } });
    expect(bulkEditFlow(asking, { type: 'keep-waiting' })).toEqual(paused);
    expect(bulkEditFlow(asking, { type: 'redirect' })).toEqual({
      ...paused,
      signIn: { mode: 'redirecting' },
    });
  });

  it('Stop here ends the run with the unsent cancelled', () => {
    expect(bulkEditFlow(paused, { type: 'cancel' })).toEqual({
      step: 'done',
      results: [{ item: itemA, outcome: saved }, cancelledB],
      origin: reviewing,
    });
  });

  it('a retry that pauses keeps the earlier results of the connectors it did not send', () => {
    const retrying = bulkEditFlow(done, { type: 'retry-failed' });
    expect(bulkEditFlow(retrying, { type: 'paused', results: [], unsent: [itemB] })).toEqual({
      ...paused,
      previous: [{ item: itemA, outcome: saved }, cancelledB],
    });
  });

  it('a cancel pressed before the pause wins: the pause is ignored', () => {
    const cancelling = bulkEditFlow(running, { type: 'cancel' });
    expect(bulkEditFlow(cancelling, pauseAfterA)).toBe(cancelling);
  });
});

describe('the bulk delete flow', () => {
  it('deletes every named connector after the one confirmation, and can come back to it', () => {
    const confirming = startConfirming(connectors);
    expect(confirming).toEqual({ step: 'confirming', connectors });
    const deleting = bulkDeleteFlow(confirming, { type: 'apply' });
    expect(deleting).toMatchObject({ step: 'running', items: deleteItems(connectors) });
    const error = bulkDeleteFlow(deleting, { type: 'failed', error: boom });
    expect(bulkDeleteFlow(error, { type: 'back' })).toBe(confirming);
  });
});

it('mergeResults keeps a first run’s results as they are', () => {
  expect(mergeResults([], partlyFailed)).toBe(partlyFailed);
});

const RUN_EVENTS: RunEvent[] = [
  { type: 'progress', progress },
  { type: 'cancel' },
  { type: 'finished', results: partlyFailed },
  { type: 'cancelled' },
  { type: 'failed', error: boom },
  { type: 'retry-failed' },
  { type: 'back' },
  { type: 'paused', results: [], unsent: [itemB] },
  { type: 'sign-in' },
  { type: 'ask-redirect' },
  { type: 'keep-waiting' },
  { type: 'redirect' },
  { type: 'signed-in' },
  { type: 'sign-in-failed', error: boom },
];
const EDIT_EVENTS: BulkEditEvent[] = [
  { type: 'change-edit', edit: EMPTY_BULK_EDIT },
  { type: 'review' },
  { type: 'back-to-editing' },
  { type: 'apply' },
  ...RUN_EVENTS,
];
const RUNNING_EVENTS = ['progress', 'cancel', 'finished', 'cancelled', 'failed', 'paused'];
const PAUSED_EVENTS = ['cancel', 'sign-in', 'ask-redirect'];
const allSaved: BulkEditState = { ...done, results: [{ item: itemA, outcome: saved }] };

/** Each state, and the events that mean something in it: every other event changes nothing. */
const EDIT_TABLE: [string, BulkEditState, string[]][] = [
  ['editing', editing, ['change-edit', 'review']],
  ['reviewing', reviewing, ['back-to-editing', 'apply']],
  ['running', running, RUNNING_EVENTS],
  ['cancelling', { ...running, cancelling: true }, ['progress', 'finished', 'cancelled', 'failed']],
  ['done with failures', done, ['retry-failed']],
  ['done, all saved', allSaved, []],
  ['error', { step: 'error', error: boom, previous: [], origin: reviewing }, ['back']],
  ['paused', paused, PAUSED_EVENTS],
  ['paused, popup open', { ...paused, signIn: { mode: 'popup' } }, ['signed-in', 'sign-in-failed']],
  ['paused, asking', { ...paused, signIn: { mode: 'asking' } }, ['keep-waiting', 'redirect']],
  ['paused, redirecting', { ...paused, signIn: { mode: 'redirecting' } }, ['sign-in-failed']],
];

const ignoredIn = <S, E extends { type: string }>(table: [string, S, string[]][], events: E[]) =>
  table.flatMap(([label, state, meaningful]) =>
    events
      .filter((event) => !meaningful.includes(event.type))
      .map((event) => [label, event.type, state, event] as const),
  );

it.each(ignoredIn(EDIT_TABLE, EDIT_EVENTS))(
  'bulk edit, %s: ignores %s',
  (...[, , state, event]) => {
    expect(bulkEditFlow(state, event)).toBe(state);
  },
);

const confirmingState = startConfirming(connectors);
const deleteRunning = bulkDeleteFlow(confirmingState, { type: 'apply' });
const DELETE_TABLE: [string, BulkDeleteState, string[]][] = [
  ['confirming', confirmingState, ['apply']],
  ['running', deleteRunning, RUNNING_EVENTS],
  ['paused', { ...pausedRun, origin: { step: 'confirming', connectors } }, PAUSED_EVENTS],
];
const DELETE_EVENTS: BulkDeleteEvent[] = [{ type: 'apply' }, ...RUN_EVENTS];

it.each(ignoredIn(DELETE_TABLE, DELETE_EVENTS))(
  'bulk delete, %s: ignores %s',
  (...[, , state, event]) => {
    expect(bulkDeleteFlow(state, event)).toBe(state);
  },
);
