import type { Connector, ConnectorPatch } from '../../model/connector';
import { CONNECTOR_ODATA_TYPE } from '../../model/graph-values';
import type { FieldConflict } from '../conflicts/conflict-merge';
import { buildPatchRequest } from '../review/patch-request';

import {
  canSendAgain,
  initialSaveState,
  saveFlowReducer,
  shownFailure,
  type SaveEvent,
  type SaveState,
} from './save-flow';

const original: Connector = {
  id: 'c1',
  displayName: 'CERT01',
  machineName: 'CERT01.contoso.com',
  connectorVersion: '6.2406.0.1001',
  state: 'active',
  enrolledDateTime: '2016-12-31T23:59:43.797191-08:00',
  lastConnectionDateTime: '2016-12-31T23:58:36.6670033-08:00',
  roleScopeTagIds: ['0'],
};
const patch: ConnectorPatch = {
  '@odata.type': CONNECTOR_ODATA_TYPE,
  displayName: 'Mine',
  state: 'inactive',
};
const request = buildPatchRequest('https://graph.example/beta', 'c1', patch, 'req-1');
const current = { ...original, displayName: 'Theirs', state: 'none' as const };
const conflicts: FieldConflict[] = [
  {
    field: 'displayName',
    label: 'Display name',
    original: 'CERT01',
    theirs: 'Theirs',
    yours: 'Mine',
  },
  { field: 'state', label: 'State', original: 'active', theirs: 'none', yours: 'inactive' },
];
const saved = { connector: { ...original, ...patch }, response: null, notApplied: [] };

const run = (...events: SaveEvent[]) =>
  events.reduce<SaveState>(saveFlowReducer, initialSaveState(original));
const sending = () => run({ type: 'review', request }, { type: 'confirm' });
const inputOf = (state: SaveState) => ('input' in state ? state.input : null);

describe('saveFlowReducer', () => {
  it('reviews, then sends exactly the reviewed request against the original', () => {
    const state = sending();
    expect(state).toMatchObject({
      step: 'sending',
      request,
      input: { id: 'c1', original, patch, clientRequestId: 'req-1' },
    });
  });

  it('goes back to editing when the review is closed', () => {
    expect(run({ type: 'review', request }, { type: 'close-review' })).toEqual(
      initialSaveState(original),
    );
  });

  it('ends saved, with the result', () => {
    expect(saveFlowReducer(sending(), { type: 'saved', result: saved })).toMatchObject({
      step: 'saved',
      result: saved,
    });
  });

  it('ignores an answer that arrives when nothing is being sent', () => {
    const editing = initialSaveState(original);
    expect(saveFlowReducer(editing, { type: 'saved', result: saved })).toBe(editing);
  });

  it('sends again, with the same request id, only after a save whose outcome is in doubt', () => {
    const error = new Error('lost');
    const doubt = saveFlowReducer(sending(), { type: 'maybe-applied', error });
    expect(canSendAgain(doubt)).toBe(true);
    expect(saveFlowReducer(doubt, { type: 'send-again' })).toMatchObject({
      step: 'sending',
      request: null,
      input: { clientRequestId: 'req-1', patch },
    });

    const refused = saveFlowReducer(sending(), { type: 'failed', error, retryable: false });
    expect(canSendAgain(refused)).toBe(false);
    expect(saveFlowReducer(refused, { type: 'send-again' })).toBe(refused);
  });

  it('keeps showing a failure behind a new review, and again when that review is closed', () => {
    const error = new Error('refused');
    const refused = saveFlowReducer(sending(), { type: 'failed', error, retryable: false });
    const reviewing = saveFlowReducer(refused, { type: 'review', request });
    expect(shownFailure(reviewing)).toBe(refused);
    expect(saveFlowReducer(reviewing, { type: 'close-review' })).toEqual(refused);
  });

  it('on a conflict, sends the fields the user kept with Graph’s version as the new baseline', () => {
    const conflict = saveFlowReducer(sending(), { type: 'conflict', current, conflicts });
    const next = saveFlowReducer(conflict, {
      type: 'resolve',
      choices: { displayName: 'yours', state: 'theirs' },
      clientRequestId: 'req-2',
    });
    expect(next).toMatchObject({
      step: 'sending',
      original: current,
      input: {
        original: current,
        clientRequestId: 'req-2',
        patch: { '@odata.type': CONNECTOR_ODATA_TYPE, displayName: 'Mine' },
      },
    });
  });

  it('returns to editing on Graph’s version when every conflict keeps theirs', () => {
    const conflict = saveFlowReducer(sending(), { type: 'conflict', current, conflicts });
    const choices = { displayName: 'theirs', state: 'theirs' } as const;
    expect(
      saveFlowReducer(conflict, { type: 'resolve', choices, clientRequestId: 'req-2' }),
    ).toEqual({ step: 'editing', original: current });
  });

  it('keeps the old baseline when the conflict dialog is cancelled', () => {
    const conflict = saveFlowReducer(sending(), { type: 'conflict', current, conflicts });
    expect(saveFlowReducer(conflict, { type: 'cancel-conflict' })).toEqual({
      step: 'editing',
      original,
    });
  });
});

describe('saveFlowReducer: trusting what Graph did', () => {
  const response = { status: 204, requestId: 'graph-1', clientRequestId: 'req-1', date: null };
  const kept = { ...original, displayName: 'Mine' };

  it('ends not applied, never saved, with what Graph holds as the new baseline', () => {
    const result = { connector: kept, response, notApplied: ['state' as const] };
    const next = saveFlowReducer(sending(), { type: 'not-applied', result });
    expect(next).toMatchObject({ step: 'not-applied', result, original: kept });
    expect(saveFlowReducer(next, { type: 'review', request })).toMatchObject({
      step: 'reviewing',
      original: kept,
    });
  });

  it('hides the review while sending when it is closed, and still takes the answer', () => {
    const hidden = saveFlowReducer(sending(), { type: 'close-review' });
    expect(hidden).toMatchObject({ step: 'sending', request: null });
    expect(saveFlowReducer(hidden, { type: 'saved', result: saved })).toMatchObject({
      step: 'saved',
    });
  });
});

describe('saveFlowReducer: every transition', () => {
  const error = new Error('lost');
  const failed = () => saveFlowReducer(sending(), { type: 'failed', error, retryable: true });

  it('opens the review from editing, with no failure behind it', () => {
    expect(run({ type: 'review', request })).toEqual({
      step: 'reviewing',
      request,
      after: null,
      original,
    });
  });

  it('keeps the failure behind a review opened after a save in doubt', () => {
    const doubt = saveFlowReducer(sending(), { type: 'maybe-applied', error });
    expect(saveFlowReducer(doubt, { type: 'review', request })).toEqual({
      step: 'reviewing',
      request,
      after: doubt,
      original,
    });
  });

  it('reviews a newer request over a review opened from a failure, keeping that failure', () => {
    const reviewing = saveFlowReducer(failed(), { type: 'review', request });
    const newer = buildPatchRequest('https://graph.example/beta', 'c1', patch, 'req-2');
    const next = saveFlowReducer(reviewing, { type: 'review', request: newer });
    expect(next).toMatchObject({ step: 'reviewing', request: newer });
    expect(shownFailure(next)).toEqual(shownFailure(reviewing));
  });

  it('sends again after a failure that may be retried, in an input object of its own', () => {
    const state = failed();
    const next = saveFlowReducer(state, { type: 'send-again' });
    expect(next).toEqual({ step: 'sending', input: inputOf(state), request: null, original });
    // The hook starts one save per input object: the same object would not go out again.
    expect(inputOf(next)).not.toBe(inputOf(state));
  });

  it.each([
    ['a conflict', { type: 'conflict', current, conflicts }, { current, conflicts }],
    ['a failure', { type: 'failed', error, retryable: false }, { error, retryable: false }],
    ['a save in doubt', { type: 'maybe-applied', error }, { error }],
  ] as const)('ends in %s with exactly what the outcome says', (_, event, fields) => {
    const from = sending();
    expect(saveFlowReducer(from, event)).toEqual({
      step: event.type,
      input: inputOf(from),
      original,
      ...fields,
    });
  });

  it('takes the answer of a save sent without the review (send again)', () => {
    const again = saveFlowReducer(failed(), { type: 'send-again' });
    expect(saveFlowReducer(again, { type: 'saved', result: saved })).toMatchObject({
      step: 'saved',
      result: saved,
      original,
    });
  });
});

describe('saveFlowReducer: an event where it means nothing', () => {
  const error = new Error('refused');
  const after = (outcome: SaveEvent) => saveFlowReducer(sending(), outcome);
  const states = {
    editing: () => initialSaveState(original),
    reviewing: () => run({ type: 'review', request }),
    'reviewing after a failure': () =>
      saveFlowReducer(after({ type: 'failed', error, retryable: false }), {
        type: 'review',
        request,
      }),
    'sending from the review': sending,
    'sending, review hidden': () => saveFlowReducer(sending(), { type: 'close-review' }),
    saved: () => after({ type: 'saved', result: saved }),
    'not-applied': () =>
      after({ type: 'not-applied', result: { ...saved, notApplied: ['state'] } }),
    conflict: () => after({ type: 'conflict', current, conflicts }),
    'failed, may be retried': () => after({ type: 'failed', error, retryable: true }),
    'failed for good': () => after({ type: 'failed', error, retryable: false }),
    'maybe-applied': () => after({ type: 'maybe-applied', error }),
  } satisfies Record<string, () => SaveState>;
  const events = {
    review: { type: 'review', request },
    'close-review': { type: 'close-review' },
    confirm: { type: 'confirm' },
    'send-again': { type: 'send-again' },
    resolve: { type: 'resolve', choices: { displayName: 'yours' }, clientRequestId: 'req-2' },
    'cancel-conflict': { type: 'cancel-conflict' },
    saved: { type: 'saved', result: saved },
    'not-applied': { type: 'not-applied', result: saved },
    conflict: { type: 'conflict', current, conflicts },
    failed: { type: 'failed', error, retryable: true },
    'maybe-applied': { type: 'maybe-applied', error },
  } satisfies Record<SaveEvent['type'], SaveEvent>;
  type StateName = keyof typeof states;
  type EventName = keyof typeof events;
  const outcomes: EventName[] = ['saved', 'not-applied', 'conflict', 'failed', 'maybe-applied'];
  /** The events each state takes; every other event leaves it exactly as it was. */
  const taken: Record<StateName, EventName[]> = {
    editing: ['review'],
    reviewing: ['close-review', 'confirm'],
    'reviewing after a failure': ['review', 'close-review', 'confirm'],
    'sending from the review': ['close-review', ...outcomes],
    'sending, review hidden': outcomes,
    saved: [],
    'not-applied': ['review'],
    conflict: ['resolve', 'cancel-conflict'],
    'failed, may be retried': ['review', 'send-again'],
    'failed for good': ['review'],
    'maybe-applied': ['review', 'send-again'],
  };
  const table = Object.entries(states).flatMap(([stateName, make]) =>
    Object.entries(events).map(([eventName, event]) => ({
      stateName,
      eventName,
      make,
      event,
      takes: taken[stateName as StateName].includes(eventName as EventName),
    })),
  );

  it.each(table.filter(({ takes }) => !takes))(
    'ignores $eventName in $stateName',
    ({ make, event }) => {
      const state = make();
      expect(saveFlowReducer(state, event)).toBe(state);
    },
  );

  it.each(table.filter(({ takes }) => takes))(
    'moves on $eventName in $stateName',
    ({ make, event }) => {
      const state = make();
      expect(saveFlowReducer(state, event)).not.toBe(state);
    },
  );
});
