import { DEFAULT_HEALTH_SETTINGS } from '../health/health-settings';
import type { ConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../model/connector';

import { deleteGuard, guardPassed, guardWords } from './delete-guard';

const NOW = Date.parse('2025-03-10T12:00:00Z');
const DAY = 86_400_000;
const connector = (id: string, silentDays: number): Connector => ({
  id,
  displayName: id,
  machineName: 'ndes01',
  state: 'active',
  connectorVersion: '6.2406.0.1001',
  lastConnectionDateTime: new Date(NOW - silentDays * DAY).toISOString(),
  enrolledDateTime: '2024-01-01T00:00:00Z',
  roleScopeTagIds: ['0'],
});
const verdict = (leftover: string | null): ConnectorHealth => ({
  level: 'healthy',
  reasons: [],
  support: { kind: 'supported', level: 'none', label: 'Supported', detail: 'newest release' },
  leftover,
});
const guardOf = (connectors: Connector[], leftovers: string[] = []) =>
  deleteGuard(
    connectors,
    new Map(connectors.map(({ id }) => [id, verdict(leftovers.includes(id) ? 'old' : null)])),
    DEFAULT_HEALTH_SETTINGS,
    NOW,
  );

it('asks for nothing when every connector is a leftover or silent past the unhealthy threshold', () => {
  const guard = guardOf([connector('a', 0.1), connector('b', 3)], ['a']);
  expect(guard).toEqual({ total: 2, risky: 0 });
  expect(guardPassed(guard, '')).toBe(true);
});

it('counts a connector silent just under the unhealthy threshold as not long inactive', () => {
  expect(guardOf([connector('a', 2.9), connector('b', 10)]).risky).toBe(1);
});

it('asks for the number of connectors to delete, and only that number', () => {
  const guard = guardOf([connector('a', 0), connector('b', 1), connector('c', 30)]);
  expect(guard).toEqual({ total: 3, risky: 2 });
  expect(guardPassed(guard, '')).toBe(false);
  expect(guardPassed(guard, '2')).toBe(false);
  expect(guardPassed(guard, ' 3 ')).toBe(true);
  expect(guardWords(guard)).toBe(
    '2 of these are not leftovers or long inactive: type 3 to delete them.',
  );
});
