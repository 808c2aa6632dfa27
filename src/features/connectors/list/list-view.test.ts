import type { ConnectorHealth } from '../health/use-connector-health';
import { releaseTable } from '../lifecycle/release-table';
import { versionStatus } from '../lifecycle/version-status';
import type { Connector } from '../model/connector';

import { applyListView, readListView, writeListView, type ListView } from './list-view';

const connector = (id: string, fields: Partial<Connector>): Connector => ({
  id,
  displayName: null,
  machineName: null,
  connectorVersion: null,
  state: 'active',
  enrolledDateTime: '2026-01-01T00:00:00Z',
  lastConnectionDateTime: '2026-12-01T00:00:00Z',
  roleScopeTagIds: ['0'],
  ...fields,
});

const CONNECTORS = [
  connector('a', {
    displayName: 'beta',
    machineName: 'SRV-2',
    connectorVersion: '6.10.0.0',
    lastConnectionDateTime: '2026-11-01T00:00:00Z',
  }),
  connector('b', {
    displayName: 'Alpha',
    machineName: 'SRV-3',
    connectorVersion: '6.9.0.0',
    lastConnectionDateTime: '2026-12-01T00:00:00Z',
  }),
  connector('c', {
    displayName: 'gamma',
    machineName: 'SRV-1',
    connectorVersion: '6.2301.1.0',
    lastConnectionDateTime: '2026-10-01T00:00:00Z',
  }),
];

const verdict = (level: ConnectorHealth['level']): ConnectorHealth => ({
  level,
  reasons: [],
  support: { kind: 'supported', level: 'none', label: 'Supported', detail: 'newest release' },
  leftover: null,
});
const HEALTH = new Map([
  ['a', verdict('warning')],
  ['b', verdict('healthy')],
  ['c', verdict('unhealthy')],
]);

const view = (overrides: Partial<ListView>): ListView => ({
  sort: 'health',
  direction: 'asc',
  health: 'all',
  support: 'all',
  ...overrides,
});
const ids = (list: Connector[]) => list.map((item) => item.id);

describe('readListView', () => {
  it('reads a bookmarked view', () => {
    expect(readListView(new URLSearchParams('sort=version&dir=desc&health=warning'))).toEqual({
      sort: 'version',
      direction: 'desc',
      health: 'warning',
      support: 'all',
    });
    expect(readListView(new URLSearchParams('sort=support&support=cannot-issue'))).toMatchObject({
      sort: 'support',
      support: 'cannot-issue',
    });
  });

  it('falls back to the default view for junk parameters', () => {
    expect(
      readListView(new URLSearchParams('sort=__proto__&dir=sideways&health=<script>')),
    ).toEqual({ sort: 'health', direction: 'asc', health: 'all', support: 'all' });
    expect(readListView(new URLSearchParams('support=toString')).support).toBe('all');
    expect(readListView(new URLSearchParams(''))).toEqual(view({}));
  });

  it('round-trips through the URL', () => {
    const bookmarked = view({ sort: 'lastConnection', direction: 'desc', health: 'unhealthy' });
    expect(readListView(writeListView(bookmarked))).toEqual(bookmarked);
    const unsupported = view({ sort: 'support', support: 'unsupported' });
    expect(readListView(writeListView(unsupported))).toEqual(unsupported);
  });
});

describe('applyListView', () => {
  it('sorts by health, worst first, and reverses', () => {
    expect(ids(applyListView(CONNECTORS, HEALTH, view({})))).toEqual(['c', 'a', 'b']);
    expect(ids(applyListView(CONNECTORS, HEALTH, view({ direction: 'desc' })))).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  it('sorts names without regard to case', () => {
    expect(ids(applyListView(CONNECTORS, HEALTH, view({ sort: 'name' })))).toEqual(['b', 'a', 'c']);
  });

  it('sorts versions by number, not by text', () => {
    expect(ids(applyListView(CONNECTORS, HEALTH, view({ sort: 'version' })))).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  it('sorts by machine and by last connection', () => {
    expect(ids(applyListView(CONNECTORS, HEALTH, view({ sort: 'machine' })))).toEqual([
      'c',
      'a',
      'b',
    ]);
    const newest = view({ sort: 'lastConnection', direction: 'desc' });
    expect(ids(applyListView(CONNECTORS, HEALTH, newest))).toEqual(['b', 'a', 'c']);
  });

  it('filters by verdict, and leaves the input alone', () => {
    const input = [...CONNECTORS];
    expect(ids(applyListView(input, HEALTH, view({ health: 'warning' })))).toEqual(['a']);
    expect(ids(applyListView(input, HEALTH, view({ health: 'healthy' })))).toEqual(['b']);
    expect(ids(input)).toEqual(['a', 'b', 'c']);
  });
});

describe('the support filter and sort', () => {
  const at = Date.parse('2026-12-01T00:00:00Z');
  const judged = (connectorVersion: string | null): ConnectorHealth => ({
    level: 'healthy',
    reasons: [],
    support: versionStatus(connectorVersion, releaseTable(), at),
    leftover: null,
  });
  const byVersion = new Map([
    ['a', judged('6.2510.3.2002')],
    ['b', judged('6.2009.1.0')],
    ['c', judged('6.2406.0.2002')],
  ]);

  it('keeps only the connectors in the chosen group', () => {
    expect(ids(applyListView(CONNECTORS, byVersion, view({ support: 'unsupported' })))).toEqual([
      'c',
    ]);
    expect(ids(applyListView(CONNECTORS, byVersion, view({ support: 'cannot-issue' })))).toEqual([
      'b',
    ]);
    expect(ids(applyListView(CONNECTORS, byVersion, view({ support: 'unknown' })))).toEqual([]);
  });

  it('sorts what stops working soonest first', () => {
    expect(ids(applyListView(CONNECTORS, byVersion, view({ sort: 'support' })))).toEqual([
      'b',
      'c',
      'a',
    ]);
  });
});
