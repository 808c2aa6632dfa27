import { HEALTH_RANK, type HealthLevel } from '../health/assess-health';
import type { ConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../model/connector';

import { fieldSorts, type SortDirection } from './list-columns';

export const HEALTH_SORT = 'health';
export const SORT_KEYS = [HEALTH_SORT, ...fieldSorts.map(({ param }) => param)];
export type SortKey = string;
export type { SortDirection };
export type HealthFilter = HealthLevel | 'all';

export type ListView = { sort: SortKey; direction: SortDirection; health: HealthFilter };

const HEALTH_FILTERS: HealthFilter[] = ['all', 'healthy', 'warning', 'unhealthy'];

/** The list's sort and filter, read from the URL so a view can be bookmarked and shared. */
export function readListView(params: URLSearchParams): ListView {
  const sort = params.get('sort');
  const direction = params.get('dir');
  const health = params.get('health');
  return {
    sort: sort && SORT_KEYS.includes(sort) ? sort : HEALTH_SORT,
    direction: direction === 'desc' ? 'desc' : 'asc',
    health: HEALTH_FILTERS.includes(health as HealthFilter) ? (health as HealthFilter) : 'all',
  };
}

export function writeListView(view: ListView): URLSearchParams {
  return new URLSearchParams({ sort: view.sort, dir: view.direction, health: view.health });
}

type Compare = (a: Connector, b: Connector) => number;

function comparerFor(key: SortKey, health: Map<string, ConnectorHealth>): Compare {
  const rank = (connector: Connector) => HEALTH_RANK[health.get(connector.id)?.level ?? 'healthy'];
  if (key === HEALTH_SORT) return (a, b) => rank(a) - rank(b);
  return fieldSorts.find(({ param }) => param === key)?.compare ?? (() => 0);
}

/** Filtered by verdict, then sorted; ties fall back to the first column (the name) so the order is stable. */
export function applyListView(
  connectors: Connector[],
  health: Map<string, ConnectorHealth>,
  view: ListView,
): Connector[] {
  const sign = view.direction === 'asc' ? 1 : -1;
  const compare = comparerFor(view.sort, health);
  const byName = fieldSorts[0]?.compare ?? (() => 0);
  return connectors
    .filter((connector) => view.health === 'all' || health.get(connector.id)?.level === view.health)
    .sort((a, b) => sign * compare(a, b) || byName(a, b));
}
