import { connectorLabel } from '../connector-label';
import { compareVersions, HEALTH_RANK, type HealthLevel } from '../health/assess-health';
import type { ConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../types';

export const SORT_KEYS = ['name', 'health', 'machine', 'version', 'lastConnection'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
export type HealthFilter = HealthLevel | 'all';

export type ListView = { sort: SortKey; direction: SortDirection; health: HealthFilter };

const HEALTH_FILTERS: HealthFilter[] = ['all', 'healthy', 'warning', 'unhealthy'];

/** The list's sort and filter, read from the URL so a view can be bookmarked and shared. */
export function readListView(params: URLSearchParams): ListView {
  const sort = params.get('sort');
  const direction = params.get('dir');
  const health = params.get('health');
  return {
    sort: SORT_KEYS.includes(sort as SortKey) ? (sort as SortKey) : 'health',
    direction: direction === 'desc' ? 'desc' : 'asc',
    health: HEALTH_FILTERS.includes(health as HealthFilter) ? (health as HealthFilter) : 'all',
  };
}

export function writeListView(view: ListView): URLSearchParams {
  return new URLSearchParams({ sort: view.sort, dir: view.direction, health: view.health });
}

const text = (value: string | null) => (value ?? '').toLocaleLowerCase();

function compare(
  a: Connector,
  b: Connector,
  key: SortKey,
  health: Map<string, ConnectorHealth>,
): number {
  switch (key) {
    case 'name':
      return text(connectorLabel(a)).localeCompare(text(connectorLabel(b)));
    case 'machine':
      return text(a.machineName).localeCompare(text(b.machineName));
    case 'version':
      return compareVersions(a.connectorVersion ?? '0', b.connectorVersion ?? '0');
    case 'lastConnection':
      return (
        new Date(a.lastConnectionDateTime).getTime() - new Date(b.lastConnectionDateTime).getTime()
      );
    case 'health': {
      const rank = (connector: Connector) =>
        HEALTH_RANK[health.get(connector.id)?.level ?? 'healthy'];
      return rank(a) - rank(b);
    }
  }
}

/** Filtered by verdict, then sorted; ties fall back to the name so the order is stable. */
export function applyListView(
  connectors: Connector[],
  health: Map<string, ConnectorHealth>,
  view: ListView,
): Connector[] {
  const sign = view.direction === 'asc' ? 1 : -1;
  return connectors
    .filter((connector) => view.health === 'all' || health.get(connector.id)?.level === view.health)
    .sort((a, b) => sign * compare(a, b, view.sort, health) || compare(a, b, 'name', health));
}
