import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { armFault, mockDb, receivedRequests } from '@/mocks/node';

import type { Connector } from '../../model/connector';

import { ConflictError, saveConnector } from './save-connector';

const ONE = '/deviceManagement/ndesConnectors/:id';

const seeded = (name: string): Connector => {
  const found = mockDb.listConnectors().find((connector) => connector.displayName === name);
  if (!found) throw new Error(`The seed has no "${name}" connector`);
  return found;
};

const save = (original: Connector, changes: Partial<Connector>) =>
  saveConnector({
    id: original.id,
    original,
    patch: { '@odata.type': '#microsoft.graph.ndesConnector', ...changes },
    clientRequestId: crypto.randomUUID(),
    tenantId: DEMO_ACCOUNT.tenantId,
  });

describe('saveConnector', () => {
  it('sends the PATCH when Graph does not hold the change yet', async () => {
    const original = seeded('PKCS EU');

    const { connector, response } = await save(original, { displayName: 'PKI-EU-01 (Frankfurt)' });

    expect(receivedRequests('PATCH', ONE)).toHaveLength(1);
    expect(response?.status).toBe(204);
    expect(connector.displayName).toBe('PKI-EU-01 (Frankfurt)');
  });

  it('sends nothing when the re-read shows an earlier attempt already applied the change', async () => {
    const original = seeded('PKCS EU');
    // The first attempt reached Graph; only its answer was lost.
    mockDb.updateConnector(original.id, {
      displayName: 'PKI-EU-01 (Frankfurt)',
      state: 'inactive',
    });

    const result = await save(original, {
      displayName: 'PKI-EU-01 (Frankfurt)',
      state: 'inactive',
    });

    expect(receivedRequests('PATCH', ONE)).toHaveLength(0);
    expect(result.response).toBeNull();
    expect(result.connector).toMatchObject({
      displayName: 'PKI-EU-01 (Frankfurt)',
      state: 'inactive',
    });
  });

  it('still sends what is missing when only part of the change is in Graph', async () => {
    const original = seeded('PKCS EU');
    mockDb.updateConnector(original.id, { displayName: 'PKI-EU-01 (Frankfurt)' });

    await save(original, { displayName: 'PKI-EU-01 (Frankfurt)', state: 'inactive' });

    expect(receivedRequests('PATCH', ONE)).toHaveLength(1);
    expect(seeded('PKI-EU-01 (Frankfurt)').state).toBe('inactive');
  });

  it('counts one instant written with another offset as already applied, not as a conflict', async () => {
    const original = seeded('PKCS EU');
    mockDb.updateConnector(original.id, {
      lastConnectionDateTime: '2026-11-27T16:30:00.0000000-08:00',
    });

    const result = await save(original, { lastConnectionDateTime: '2026-11-28T00:30:00.000Z' });

    expect(receivedRequests('PATCH', ONE)).toHaveLength(0);
    expect(result.response).toBeNull();
  });

  it('stops with a conflict when someone else set a different value meanwhile', async () => {
    const original = seeded('PKCS EU');
    mockDb.updateConnector(original.id, { displayName: 'Renamed by someone else' });

    await expect(save(original, { displayName: 'PKI-EU-01 (Frankfurt)' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(receivedRequests('PATCH', ONE)).toHaveLength(0);
  });

  it('re-reads before retrying a PATCH after a 503, and stops with a conflict when the field changed meanwhile', async () => {
    const original = seeded('PKCS EU');
    armFault({
      method: 'PATCH',
      path: ONE,
      kind: 'http-503',
      // A second's wait: room for another admin to rename the connector before the retry.
      retryAfter: { seconds: 1, format: 'seconds' },
    });
    const read = receivedRequests;
    const rename = () => mockDb.updateConnector(original.id, { displayName: 'Theirs' });
    const saving = save(original, { displayName: 'Mine' });
    await vi.waitFor(() => expect(read('PATCH', ONE)).toHaveLength(1));
    rename();

    const error: unknown = await saving.catch((e) => e);

    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).conflicts.map((conflict) => conflict.theirs)).toEqual([
      'Theirs',
    ]);
    expect(read('PATCH', ONE)).toHaveLength(1);
    expect(read().map((request) => request.method)).toEqual(['GET', 'PATCH', 'GET']);
  });

  it('retries the PATCH after a 429 when the re-read shows no change to the fields being saved', async () => {
    const original = seeded('PKCS EU');
    armFault({
      method: 'PATCH',
      path: ONE,
      kind: 'http-429',
      retryAfter: { seconds: 0, format: 'seconds' },
    });

    const { connector } = await save(original, { displayName: 'Mine' });

    expect(connector.displayName).toBe('Mine');
    expect(receivedRequests().map((request) => `${request.method} ${request.status}`)).toEqual([
      'GET 200',
      'PATCH 429',
      'GET 200',
      'PATCH 204',
      'GET 200',
    ]);
  });

  it('names the fields Graph accepted but did not apply, read back after the 204', async () => {
    const original = seeded('PKCS EU');
    armFault({ method: 'PATCH', path: ONE, kind: 'accept-ignore', target: 'state' });

    const result = await save(original, { displayName: 'Renamed', state: 'inactive' });

    expect(result.response?.status).toBe(204);
    expect(result.notApplied).toEqual(['state']);
    expect(result.connector).toMatchObject({ displayName: 'Renamed', state: original.state });
  });

  it('names no field when everything sent reads back', async () => {
    const result = await save(seeded('PKCS EU'), { displayName: 'Renamed', state: 'inactive' });
    expect(result.notApplied).toEqual([]);
  });
});
