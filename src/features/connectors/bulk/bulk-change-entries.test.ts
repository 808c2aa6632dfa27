import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';

import type { Connector } from '../model/connector';

import { bulkChangeEntries } from './bulk-change-entries';
import { deleteItems, patchItems } from './bulk-requests';

const connector: Connector = {
  id: 'c1',
  displayName: 'CERT01',
  state: 'active',
  roleScopeTagIds: ['0'],
  machineName: 'CERT01.corp.contoso.com',
  connectorVersion: '6.2406.0.1001',
  lastConnectionDateTime: '2026-12-01T08:00:00Z',
  enrolledDateTime: '2025-01-01T08:00:00Z',
};
const at = new Date('2026-12-02T08:15:00Z');
const patch = {
  '@odata.type': '#microsoft.graph.ndesConnector',
  displayName: 'CERT01 NDES',
  state: 'inactive',
} as const;

it('logs one entry per field sent, with the outcome and the inner request-id', () => {
  const [item] = patchItems([{ connector, patch }]);
  if (!item) throw new Error('no item');
  const entries = bulkChangeEntries([{ item, outcome: { kind: 'saved', requestId: 'r-1' } }], {
    at,
    tenantId: DEMO_ACCOUNT.tenantId,
  });
  expect(
    entries.map(({ field, oldValue, newValue, outcome, requestId }) => [
      field,
      oldValue,
      newValue,
      outcome,
      requestId,
    ]),
  ).toEqual([
    ['Display name', 'CERT01', 'CERT01 NDES', 'saved', 'r-1'],
    ['State', 'Active (active)', 'Inactive (inactive)', 'saved', 'r-1'],
  ]);
  expect(entries[0]).toMatchObject({ at: at.toISOString(), connectorId: 'c1', detail: null });
});

it('keeps failures, conflicts and deletes with their reason, and leaves out what was never sent', () => {
  const [edited] = patchItems([{ connector, patch }]);
  const [deleted] = deleteItems([{ ...connector, id: 'c2' }]);
  const [cancelled] = deleteItems([{ ...connector, id: 'c3' }]);
  if (!edited || !deleted || !cancelled) throw new Error('no item');
  const entries = bulkChangeEntries(
    [
      { item: edited, outcome: { kind: 'conflict', reason: 'Changed since the preview.' } },
      { item: deleted, outcome: { kind: 'failed', requestId: 'r-2', reason: 'HTTP 500.' } },
      { item: cancelled, outcome: { kind: 'cancelled' } },
    ],
    { at, tenantId: DEMO_ACCOUNT.tenantId },
  );
  expect(
    entries.map(({ connectorId, field, outcome, detail }) => [connectorId, field, outcome, detail]),
  ).toEqual([
    ['c1', 'Display name', 'conflict', 'Changed since the preview.'],
    ['c1', 'State', 'conflict', 'Changed since the preview.'],
    ['c2', 'Connector', 'failed', 'HTTP 500.'],
  ]);
});

it('logs a field Graph kept as "not applied" in its own words, and the rest of the connector as saved', () => {
  const [item] = patchItems([{ connector, patch }]);
  if (!item) throw new Error('no item');
  const kept = 'Graph accepted the change, but State still reads Active (active).';
  const entries = bulkChangeEntries(
    [
      {
        item,
        outcome: {
          kind: 'not-applied',
          requestId: 'r-3',
          reason: kept,
          fields: [{ field: 'state', detail: kept }],
        },
      },
    ],
    { at, tenantId: DEMO_ACCOUNT.tenantId },
  );
  expect(entries.map(({ field, outcome, detail }) => [field, outcome, detail])).toEqual([
    ['Display name', 'saved', null],
    ['State', 'not applied', kept],
  ]);
});

it('gives each field of a run one id, so the read after the run updates the entry logged before it', () => {
  const [item] = patchItems([{ connector, patch }]);
  if (!item) throw new Error('no item');
  const options = { at, runId: 'run-1', tenantId: DEMO_ACCOUNT.tenantId };
  const sent = bulkChangeEntries([{ item, outcome: { kind: 'saved', requestId: 'r-1' } }], options);
  const read = bulkChangeEntries(
    [{ item, outcome: { kind: 'not-applied', requestId: 'r-1', reason: 'kept', fields: [] } }],
    options,
  );
  expect(sent.map(({ id }) => id)).toEqual(['run-1/c1/displayName', 'run-1/c1/state']);
  expect(read.map(({ id }) => id)).toEqual(sent.map(({ id }) => id));
});
