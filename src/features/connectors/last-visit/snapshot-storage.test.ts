import { testConnector } from '@/testing/connector-fixture';

import { toSnapshot } from './snapshot';
import { createSnapshotStorage, snapshotKey, type SnapshotOwner } from './snapshot-storage';

const meganInA: SnapshotOwner = { user: 'oid-1.home', tenantId: 'Tenant-A' };
const meganInB: SnapshotOwner = { user: 'oid-1.home', tenantId: 'tenant-b' };
const alexInA: SnapshotOwner = { user: 'oid-2.home', tenantId: 'tenant-a' };
const snapshot = toSnapshot([testConnector()], Date.parse('2026-03-01T12:00:00Z'));
const storage = createSnapshotStorage(() => localStorage);

afterEach(() => localStorage.clear());

describe('snapshot storage', () => {
  it('keeps a snapshot per user and tenant', () => {
    expect(storage.write(meganInA, snapshot)).toEqual({ ok: true });
    expect(storage.read({ ...meganInA, tenantId: 'tenant-a' })).toEqual(snapshot);
    expect(storage.read(meganInB)).toBeNull();
    expect(storage.read(alexInA)).toBeNull();
    expect(snapshotKey(meganInA)).not.toBe(snapshotKey(alexInA));
  });

  it('keeps only the compared fields', () => {
    storage.write(meganInA, toSnapshot([testConnector({ extra: 'not kept' })], 0));
    const kept = JSON.parse(localStorage.getItem(snapshotKey(meganInA)) ?? '{}');
    expect(Object.keys(kept.connectors[0]).sort()).toEqual([
      'connectorVersion',
      'displayName',
      'id',
      'lastConnectionDateTime',
      'machineName',
      'roleScopeTagIds',
      'state',
    ]);
  });

  it.each([
    ['not JSON', '{"savedAt":'],
    ['the wrong shape', JSON.stringify({ savedAt: 1, connectors: 'none' })],
    ['a connector without an id', JSON.stringify({ ...snapshot, connectors: [{}] })],
  ])('ignores a stored entry that is %s', (_, text) => {
    localStorage.setItem(snapshotKey(meganInA), text);
    expect(storage.read(meganInA)).toBeNull();
  });

  it('says when the storage is full, or refuses', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(storage.write(meganInA, snapshot)).toEqual({ ok: false, reason: 'full' });
    const refused = createSnapshotStorage(() => {
      throw new DOMException('Access is denied.', 'SecurityError');
    });
    expect(refused.write(meganInA, snapshot)).toEqual({ ok: false, reason: 'refused' });
    expect(refused.read(meganInA)).toBeNull();
    expect(() => refused.forgetAll()).not.toThrow();
  });

  it('forgets every snapshot, and nothing else', () => {
    storage.write(meganInA, snapshot);
    storage.write(alexInA, snapshot);
    localStorage.setItem('ndes-connector-admin.health-settings.v1', '{}');
    storage.forgetAll();
    expect(storage.read(meganInA)).toBeNull();
    expect(storage.read(alexInA)).toBeNull();
    expect(localStorage.getItem('ndes-connector-admin.health-settings.v1')).toBe('{}');
  });
});
