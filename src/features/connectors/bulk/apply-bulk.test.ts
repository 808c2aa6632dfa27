import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import type { Clock } from '@/lib/graph/batch/write-pacer';
import { armFault, mockDb, receivedRequests } from '@/mocks/node';

import { connectorSchema } from '../model/connector';

import { applyBulk } from './apply-bulk';
import { EMPTY_BULK_EDIT, planBulkEdit } from './bulk-edit';
import { deleteItems, patchItems } from './bulk-requests';

const instantClock: Clock = { now: () => Date.now(), sleep: () => Promise.resolve() };
const connectors = () =>
  mockDb.listConnectors().map((connector) => connectorSchema.parse(connector));
const renameItems = () =>
  patchItems(
    planBulkEdit(connectors(), { ...EMPTY_BULK_EDIT, rename: { kind: 'suffix', text: ' (bulk)' } })
      .changes,
  );

/** The second request of the batch is throttled once, with a decimal Retry-After. */
const throttleSecond = () =>
  armFault({
    scope: 'batch',
    method: 'PATCH',
    path: '/deviceManagement/ndesConnectors/:id',
    position: 2,
    kind: 'http-429',
    retryAfter: { seconds: 0.249, format: 'seconds' },
  });

describe('applyBulk', () => {
  it('reads the list, sends one $batch with one PATCH per connector, then reads the list once more', async () => {
    const items = renameItems();

    const { results } = await applyBulk(items, {
      clock: instantClock,
      tenantId: DEMO_ACCOUNT.tenantId,
    });

    expect(results.map(({ outcome }) => outcome)).toEqual(
      items.map(() => expect.objectContaining({ kind: 'saved' })),
    );
    expect(receivedRequests('GET')).toHaveLength(2);
    expect(receivedRequests('POST', '/$batch')).toHaveLength(1);
    for (const { connector, patch } of items) {
      expect(mockDb.getConnector(connector.id)?.displayName).toBe(patch?.displayName);
    }
  });

  it('leaves out, as a conflict, a connector someone changed since the preview', async () => {
    const items = renameItems();
    const [first] = items;
    mockDb.updateConnector(first?.connector.id ?? '', { machineName: 'elsewhere.contoso.com' });
    mockDb.updateConnector(items[1]?.connector.id ?? '', { state: 'inactive' });

    const { results } = await applyBulk(items, {
      clock: instantClock,
      tenantId: DEMO_ACCOUNT.tenantId,
    });

    expect(results[0]?.outcome).toEqual({
      kind: 'conflict',
      reason: 'Someone changed machine name since the preview.',
    });
    // A state is the connector's own news: said, and blamed on nobody.
    expect(results[1]?.outcome).toEqual({
      kind: 'conflict',
      reason: 'Its state changed to Inactive since the preview.',
    });
    expect(mockDb.getConnector(first?.connector.id ?? '')?.displayName).not.toMatch(/\(bulk\)$/);
    expect(results.slice(2).every(({ outcome }) => outcome.kind === 'saved')).toBe(true);
  });

  it('sends an inner 429 again alone and reports a failure as failed, never as saved', async () => {
    const items = renameItems();
    throttleSecond();
    armFault({
      scope: 'batch',
      method: 'PATCH',
      path: `/deviceManagement/ndesConnectors/${items[4]?.connector.id}`,
      kind: 'http-500',
    });

    const { results } = await applyBulk(items, {
      clock: instantClock,
      tenantId: DEMO_ACCOUNT.tenantId,
    });

    expect(receivedRequests('POST', '/$batch')).toHaveLength(2);
    expect(results[1]?.outcome.kind).toBe('saved');
    expect(results[4]?.outcome).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/HTTP 500/),
    });
  });

  it('calls a write Graph answered 204 but did not apply "not applied", in the single save words', async () => {
    const items = renameItems();
    const kept = items[1]?.connector;
    armFault({
      scope: 'batch',
      method: 'PATCH',
      path: `/deviceManagement/ndesConnectors/${kept?.id}`,
      kind: 'accept-ignore',
    });

    const { results, fresh } = await applyBulk(items, {
      clock: instantClock,
      tenantId: DEMO_ACCOUNT.tenantId,
    });

    expect(results[1]?.outcome).toMatchObject({
      kind: 'not-applied',
      reason: `Graph accepted the change, but Display name still reads ${kept?.displayName}. Intune may manage this field itself.`,
      fields: [{ field: 'displayName' }],
    });
    expect(results.filter(({ outcome }) => outcome.kind === 'saved')).toHaveLength(
      items.length - 1,
    );
    // The same read checks the run and refreshes the caches: no request more than before.
    expect(receivedRequests('GET')).toHaveLength(2);
    expect(fresh?.connectors.find(({ id }) => id === kept?.id)?.displayName).toBe(
      kept?.displayName,
    );
  });

  it("hands over each batch's answers as they come, before the read that verifies them", async () => {
    const items = renameItems();
    throttleSecond();
    const answered: { ids: string[]; reads: number }[] = [];

    await applyBulk(items, {
      clock: instantClock,
      tenantId: DEMO_ACCOUNT.tenantId,
      onAnswered: (results) =>
        answered.push({
          ids: results.map(({ item }) => item.request.id),
          reads: receivedRequests('GET').length,
        }),
    });

    expect(answered.map(({ ids }) => ids.length)).toEqual([items.length - 1, 1]);
    expect(answered[1]?.ids).toEqual([items[1]?.request.id]);
    expect(answered.every(({ reads }) => reads === 1)).toBe(true);
  });

  it('counts a DELETE whose connector is already gone as done, and deletes the rest', async () => {
    const [gone, other] = connectors();
    mockDb.deleteConnector(gone?.id ?? '');

    const { results } = await applyBulk(deleteItems([gone, other].filter((c) => c !== undefined)), {
      clock: instantClock,
      tenantId: DEMO_ACCOUNT.tenantId,
    });

    expect(results.map(({ outcome }) => outcome)).toMatchObject([
      { kind: 'saved', note: 'Already gone' },
      { kind: 'saved' },
    ]);
    expect(mockDb.getConnector(other?.id ?? '')).toBeUndefined();
  });

  it('leaves out a DELETE whose connector came back since the dialog opened, and says so', async () => {
    const [back, other] = connectors();
    const at = new Date().toISOString();
    mockDb.updateConnector(back?.id ?? '', { lastConnectionDateTime: at, displayName: 'Renamed' });

    const { results } = await applyBulk(deleteItems([back, other].filter((c) => c !== undefined)), {
      clock: instantClock,
      tenantId: DEMO_ACCOUNT.tenantId,
    });

    const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(at));
    expect(results.map(({ outcome }) => outcome)).toMatchObject([
      {
        kind: 'conflict',
        reason: `It connected again at ${time} and it was renamed to “Renamed”, so it was not deleted.`,
      },
      { kind: 'saved' },
    ]);
    expect(mockDb.getConnector(back?.id ?? '')).toBeDefined();
    expect(mockDb.getConnector(other?.id ?? '')).toBeUndefined();
  });
});
