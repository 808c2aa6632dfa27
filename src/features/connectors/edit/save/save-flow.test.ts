import type { Connector, ConnectorPatch } from '../../model/connector';
import { CONNECTOR_ODATA_TYPE } from '../../model/graph-values';
import type { FieldConflict } from '../conflicts/conflict-merge';
import { buildPatchRequest } from '../review/patch-request';

import {
  canSendAgain,
  initialSaveState,
  saveFlowReducer,
  saveFlowsReducer,
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

describe('saveFlowsReducer', () => {
  it('moves only the connector the event is for', () => {
    const other = initialSaveState({ ...original, id: 'c2' });
    const flows = { c1: initialSaveState(original), c2: other };
    const next = saveFlowsReducer(flows, { connectorId: 'c1', event: { type: 'review', request } });
    expect(next.c1?.step).toBe('reviewing');
    expect(next.c2).toBe(other);
    expect(saveFlowsReducer(next, { connectorId: 'c3', event: { type: 'confirm' } })).toBe(next);
  });
});
