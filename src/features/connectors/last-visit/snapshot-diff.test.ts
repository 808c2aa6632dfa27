import type { ChangeEntry } from '@/features/change-log/change-log';
import { testChangeEntry } from '@/testing/change-entry-fixture';
import { testConnector } from '@/testing/connector-fixture';

import { DEFAULT_HEALTH_RULES } from '../health/health-rules';

import { toSnapshot } from './snapshot';
import { diffSnapshot, yourChanges, type DiffContext } from './snapshot-diff';

/** The sign-in tenant: entries logged before tenants had explicit ids carry null for it. */
const HOME = { tenantId: 'c0ffee00-0000-4000-8000-000000000001', isHome: true };

const SHOWN = Date.parse('2026-03-01T12:00:00Z');
const NOW = Date.parse('2026-03-01T14:00:00Z');
const HOUR = 3_600_000;
const recent = (at: number) => new Date(at - HOUR).toISOString();
const a = testConnector({
  id: 'a',
  displayName: 'CERT01',
  // Supported at SHOWN and NOW, so its verdict turns only on what each test changes.
  connectorVersion: '6.2406.0.2002',
  lastConnectionDateTime: recent(SHOWN),
});
const b = testConnector({ ...a, id: 'b', displayName: 'CERT02' });
const context = (overrides: Partial<DiffContext> = {}): DiffContext => ({
  settings: DEFAULT_HEALTH_RULES,
  now: NOW,
  yours: new Set(),
  complete: true,
  ...overrides,
});
const entry = (overrides: Partial<ChangeEntry>): ChangeEntry =>
  testChangeEntry({
    at: new Date(SHOWN + HOUR).toISOString(),
    connectorId: 'a',
    connectorName: 'CERT01',
    oldValue: 'CERT01',
    ...overrides,
  });
const snapshot = toSnapshot([a, b], SHOWN);

describe('diffSnapshot', () => {
  it('finds nothing when the list is as shown', () => {
    expect(diffSnapshot(snapshot, [a, b], context())).toEqual([]);
  });

  it('ignores a connector that only connected again', () => {
    const later = { ...a, lastConnectionDateTime: recent(NOW) };
    expect(diffSnapshot(snapshot, [later, b], context())).toEqual([]);
  });

  it('names added and gone connectors', () => {
    const c = testConnector({ ...a, id: 'c', displayName: 'CERT03' });
    expect(diffSnapshot(snapshot, [a, c], context())).toEqual([
      { kind: 'added', id: 'c', name: 'CERT03', byYou: false },
      { kind: 'gone', id: 'b', name: 'CERT02', byYou: false },
    ]);
  });

  it('does not call a connector gone when the list is incomplete', () => {
    expect(diffSnapshot(snapshot, [a], context({ complete: false }))).toEqual([]);
  });

  it('names a rename from old to new, an unnamed connector by its label', () => {
    const renamed = { ...a, displayName: 'PKI-01' };
    const unnamed = { ...b, displayName: null };
    expect(diffSnapshot(snapshot, [renamed, unnamed], context())).toEqual([
      {
        kind: 'renamed',
        id: 'a',
        name: 'PKI-01',
        from: 'CERT01',
        to: 'PKI-01',
        newName: 'PKI-01',
        byYou: false,
      },
      {
        kind: 'renamed',
        id: 'b',
        name: 'Unnamed connector',
        from: 'CERT02',
        to: 'Unnamed connector',
        newName: '',
        byYou: false,
      },
    ]);
  });

  it('names a version update from X to Y', () => {
    const updated = { ...a, connectorVersion: '6.2501.1.0' };
    expect(diffSnapshot(snapshot, [updated, b], context())).toEqual([
      {
        kind: 'version',
        id: 'a',
        name: 'CERT01',
        from: '6.2406.0.2002',
        to: '6.2501.1.0',
        byYou: false,
      },
    ]);
  });

  it('names a state change and the health verdict it crosses, several changes at once', () => {
    const changed = {
      ...a,
      displayName: 'PKI-01',
      state: 'inactive',
      connectorVersion: '6.2501.1.0',
    };
    expect(diffSnapshot(snapshot, [changed, b], context()).map((change) => change.kind)).toEqual([
      'renamed',
      'state',
      'version',
      'health',
    ]);
    expect(diffSnapshot(snapshot, [changed, b], context())[3]).toMatchObject({
      kind: 'health',
      from: 'healthy',
      to: 'unhealthy',
    });
  });

  it('names a connector whose silence crossed the warning threshold since the visit', () => {
    const days = 24 * HOUR;
    expect(diffSnapshot(snapshot, [a, b], context({ now: SHOWN + days }))).toEqual([
      { kind: 'health', id: 'a', name: 'CERT01', from: 'healthy', to: 'warning', byYou: false },
      { kind: 'health', id: 'b', name: 'CERT02', from: 'healthy', to: 'warning', byYou: false },
    ]);
  });

  it('marks the changes this app made as yours, and only those', () => {
    const renamed = { ...a, displayName: 'PKI-01', state: 'inactive' };
    const yours = yourChanges(
      [entry({}), entry({ connectorId: 'b', field: 'Connector', newValue: 'deleted' })],
      HOME,
      snapshot.savedAt,
    );
    const changes = diffSnapshot(snapshot, [renamed], context({ yours }));
    expect(changes.map(({ kind, byYou }) => [kind, byYou])).toEqual([
      ['renamed', true],
      ['state', false],
      ['health', false],
      ['gone', true],
    ]);
  });

  it('counts a state this app set as the reason for the new verdict', () => {
    const stopped = { ...a, state: 'inactive' };
    const yours = yourChanges([entry({ field: 'State' })], HOME, snapshot.savedAt);
    const changes = diffSnapshot(snapshot, [stopped, b], context({ yours }));
    expect(changes.every((change) => change.byYou)).toBe(true);
  });
});

describe('yourChanges', () => {
  it('keeps the writes to this tenant after the snapshot that Intune may have applied', () => {
    const since = snapshot.savedAt;
    const before = new Date(SHOWN - HOUR).toISOString();
    const entries = [
      entry({ connectorId: 'saved' }),
      entry({ connectorId: 'maybe', outcome: 'may have been applied' }),
      entry({ connectorId: 'failed', outcome: 'failed' }),
      entry({ connectorId: 'old', at: before }),
      entry({ connectorId: 'other', tenantId: 'Tenant-B' }),
      entry({ connectorId: 'home-by-id', tenantId: HOME.tenantId.toUpperCase() }),
    ];
    expect([...yourChanges(entries, HOME, since)]).toEqual([
      'saved\nDisplay name',
      'maybe\nDisplay name',
      'home-by-id\nDisplay name',
    ]);
    expect([...yourChanges(entries, { tenantId: 'tenant-b', isHome: false }, since)]).toEqual([
      'other\nDisplay name',
    ]);
  });
});
