import { SUPPORT_GROUPS } from '@/features/connectors/public';

import { FLEET_SORT_KEYS, type FleetSortKey } from './fleet-columns';
import type { FleetFilter, FleetSort } from './fleet-rows';

const VERDICTS = ['healthy', 'warning', 'unhealthy'] as const;
const DEFAULT_SORT: FleetSort = { key: 'health', direction: 'asc' };

/** The fleet view's filter and sort, read from the URL; anything unknown falls back to the default. */
export function readFleetView(params: URLSearchParams): { filter: FleetFilter; sort: FleetSort } {
  const verdict = params.get('verdict');
  const support = params.get('support');
  const key = params.get('sort');
  return {
    filter: {
      text: params.get('q') ?? '',
      verdict: VERDICTS.find((level) => level === verdict) ?? null,
      support: SUPPORT_GROUPS.find((group) => group === support) ?? null,
      tenantId: params.get('tenant') || null,
      version: params.get('version') || null,
    },
    sort: {
      key: FLEET_SORT_KEYS.find((candidate) => candidate === key) ?? DEFAULT_SORT.key,
      direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    },
  };
}

/** The URL's search for a view, leaving defaults out so links stay short. */
export function writeFleetView({
  filter,
  sort,
}: {
  filter: FleetFilter;
  sort: FleetSort;
}): URLSearchParams {
  const entries: [string, string | null][] = [
    ['q', filter.text || null],
    ['verdict', filter.verdict],
    ['support', filter.support],
    ['tenant', filter.tenantId],
    ['version', filter.version],
    ['sort', sort.key === DEFAULT_SORT.key ? null : sort.key],
    ['dir', sort.direction === 'desc' ? 'desc' : null],
  ];
  return new URLSearchParams(
    entries.filter((entry): entry is [string, string] => entry[1] !== null),
  );
}

export function nextSort(current: FleetSort, key: FleetSortKey): FleetSort {
  if (current.key !== key) return { key, direction: 'asc' };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

/** `params` with the search text set to `text`, the rest of the view kept. */
export function withText(params: URLSearchParams, text: string): URLSearchParams {
  const view = readFleetView(params);
  return writeFleetView({ ...view, filter: { ...view.filter, text } });
}
