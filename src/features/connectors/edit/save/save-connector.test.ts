import { mockDb, receivedRequests } from '@/mocks/node';

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
});
