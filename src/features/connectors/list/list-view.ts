import { HEALTH_RANK, type HealthLevel } from '../health/assess-health';
import { SUPPORT_COLUMN } from '../health/support-column';
import type { ConnectorHealth } from '../health/use-connector-health';
import { SUPPORT_GROUPS, supportGroup, type SupportGroup } from '../lifecycle/support-filter';
import type { Connector } from '../model/connector';

import { fieldSorts, type SortDirection } from './list-columns';

export const HEALTH_SORT = 'health';
export const SORT_KEYS = [
  HEALTH_SORT,
  SUPPORT_COLUMN.param,
  ...fieldSorts.map(({ param }) => param),
];
export type SortKey = string;
export type { SortDirection };
export type HealthFilter = HealthLevel | 'all';
export type SupportFilter = SupportGroup | 'all';

export type ListView = {
  sort: SortKey;
  direction: SortDirection;
  health: HealthFilter;
  support: SupportFilter;
};

const HEALTH_FILTERS: HealthFilter[] = ['all', 'healthy', 'warning', 'unhealthy'];

/** The list's sort and filter, read from the URL so a view can be bookmarked and shared. */
export function readListView(params: URLSearchParams): ListView {
  const sort = params.get('sort');
  const direction = params.get('dir');
  const health = params.get('health');
  const support = SUPPORT_GROUPS.find((group) => group === params.get(SUPPORT_COLUMN.param));
  return {
    sort: sort && SORT_KEYS.includes(sort) ? sort : HEALTH_SORT,
    direction: direction === 'desc' ? 'desc' : 'asc',
    health: HEALTH_FILTERS.includes(health as HealthFilter) ? (health as HealthFilter) : 'all',
    support: support ?? 'all',
  };
}

export function writeListView(view: ListView): URLSearchParams {
  const params = new URLSearchParams({ sort: view.sort, dir: view.direction, health: view.health });
  if (view.support !== 'all') params.set(SUPPORT_COLUMN.param, view.support);
  return params;
}

type Compare = (a: Connector, b: Connector) => number;

function comparerFor(key: SortKey, health: Map<string, ConnectorHealth>): Compare {
  const rank = (connector: Connector) => HEALTH_RANK[health.get(connector.id)?.level ?? 'healthy'];
  if (key === HEALTH_SORT) return (a, b) => rank(a) - rank(b);
  if (key === SUPPORT_COLUMN.param) {
    const support = (connector: Connector) => {
      const verdict = health.get(connector.id);
      return verdict ? SUPPORT_COLUMN.rank(verdict) : 0;
    };
    return (a, b) => support(a) - support(b);
  }
  return fieldSorts.find(({ param }) => param === key)?.compare ?? (() => 0);
}

const supportOf = (verdict: ConnectorHealth | undefined) =>
  verdict && supportGroup(verdict.support.kind);

/** Filtered by verdict and support status, then sorted; ties fall back to the first column (the name) so the order is stable. */
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
    .filter(
      (connector) => view.support === 'all' || supportOf(health.get(connector.id)) === view.support,
    )
    .sort((a, b) => sign * compare(a, b) || byName(a, b));
}
