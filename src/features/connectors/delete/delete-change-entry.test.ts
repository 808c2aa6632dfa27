import { GraphError, NetworkError } from '@/lib/graph/graph-error';
import { mockDb } from '@/mocks/node';

import { connectorSchema } from '../model/connector';

import {
  deleteChangeEntries,
  LOST_STILL_THERE,
  LOST_THEN_GONE,
  LOST_UNCHECKED,
} from './delete-change-entry';
import type { DeleteOutcome } from './delete-connector';

const connector = connectorSchema.parse(mockDb.listConnectors()[0]);
const at = new Date('2026-03-01T10:00:00.000Z');
const ids = { requestId: 'r-1', clientRequestId: 'c-1', date: null };
const refused = new GraphError({
  status: 500,
  code: 'InternalServerError',
  message: 'An internal server error has occurred',
  requestId: 'r-500',
  clientRequestId: 'c-500',
  date: null,
});
const lost = new NetworkError({
  clientRequestId: 'c-lost',
  cause: new TypeError('Failed to fetch'),
});

const logged = (outcome: DeleteOutcome) =>
  deleteChangeEntries(connector, 'tenant-a', outcome, at).map(
    ({ outcome: result, detail, requestId, clientRequestId }) => [
      result,
      detail,
      requestId,
      clientRequestId,
    ],
  )[0];

it('logs a delete as the bulk delete does: the connector, its tenant, exists → deleted', () => {
  expect(
    deleteChangeEntries(
      connector,
      'tenant-a',
      { type: 'deleted', ids, confirmedByRead: false },
      at,
    ),
  ).toEqual([
    {
      at: at.toISOString(),
      tenantId: 'tenant-a',
      connectorId: connector.id,
      connectorName: connector.displayName,
      field: 'Connector',
      oldValue: 'exists',
      newValue: 'deleted',
      outcome: 'saved',
      detail: null,
      requestId: 'r-1',
      clientRequestId: 'c-1',
    },
  ]);
});

it('logs nothing when the delete paused for sign-in before anything was sent', () => {
  expect(deleteChangeEntries(connector, 'tenant-a', { type: 'sign-in-needed' }, at)).toEqual([]);
});

it.each<[string, DeleteOutcome, (string | null)[]]>([
  [
    'confirmed by the read after a lost answer',
    { type: 'deleted', ids, confirmedByRead: true },
    ['saved', LOST_THEN_GONE, 'r-1', 'c-1'],
  ],
  ['already gone', { type: 'already-gone', ids }, ['saved', 'Already gone', 'r-1', 'c-1']],
  [
    'changed before the send',
    { type: 'changed', current: connector, reason: 'Its state changed to Active.' },
    ['conflict', 'Its state changed to Active.', null, null],
  ],
  [
    'refused by Graph',
    { type: 'failed', error: refused },
    ['failed', 'Microsoft Graph had a problem answering. Try again.', 'r-500', 'c-500'],
  ],
  [
    'lost, and still there',
    { type: 'still-there', error: lost },
    ['failed', LOST_STILL_THERE, null, 'c-lost'],
  ],
  [
    'lost, and the read failed too',
    { type: 'unconfirmed', error: lost, checkError: refused },
    ['may have been applied', LOST_UNCHECKED, null, 'c-lost'],
  ],
])('logs a delete %s with its outcome, words and request ids', (_name, outcome, expected) => {
  expect(logged(outcome)).toEqual(expected);
});
