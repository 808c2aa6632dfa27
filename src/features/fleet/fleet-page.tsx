import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/page-header';
import type { TenantInfo } from '@/config/tenants';

import { downloadCsv, fleetCsv } from './fleet-csv';
import { FleetFilters } from './fleet-filters';
import {
  filterRows,
  sortRows,
  type FleetFilter,
  type FleetRow,
  type FleetSort,
  type SortKey,
} from './fleet-rows';
import { FleetSummaryTable } from './fleet-summary-table';
import { FleetTable } from './fleet-table';
import { nextSort, readFleetView, writeFleetView } from './fleet-url';
import { useFleet } from './use-fleet';
import { useFleetRows } from './use-fleet-rows';

/** Every connector of every listed tenant: the MSP's health overview. */
export function FleetPage({ tenants }: { tenants: TenantInfo[] }) {
  const loads = useFleet(tenants);
  const [params, setParams] = useSearchParams();
  const view = readFleetView(params);
  // A keystroke repaints the field at once; the table follows when React has time. The rows are
  // sorted once per sort: a keystroke only filters the sorted list.
  const deferred = useDeferredValue(view);
  const sortKey = JSON.stringify(deferred.sort);
  const filterKey = JSON.stringify(deferred.filter);
  const { byTenant: rowsByTenant, all: allRows } = useFleetRows(loads);
  const versions = useMemo(
    () =>
      [...new Set(allRows.map((row) => row.connector.connectorVersion ?? ''))]
        .filter(Boolean)
        .sort(),
    [allRows],
  );
  const sorted = useMemo(
    () => sortRows(allRows, JSON.parse(sortKey) as FleetSort),
    [allRows, sortKey],
  );
  const shown: FleetRow[] = useMemo(
    () => filterRows(sorted, JSON.parse(filterKey) as FleetFilter),
    [sorted, filterKey],
  );
  const loaded = loads.filter((load) => !load.loading).length;
  const failed = loads.filter((load) => load.error).length;

  const setView = (next: Partial<{ filter: FleetFilter; sort: typeof view.sort }>) =>
    setParams(writeFleetView({ ...view, ...next }), { replace: true });
  const sortBy = (key: SortKey) => setView({ sort: nextSort(view.sort, key) });
  // One function for the page's life that calls the latest `sortBy`: the memoized table keeps its render.
  const latestSortBy = useRef(sortBy);
  useLayoutEffect(() => {
    latestSortBy.current = sortBy;
  });
  const [onSort] = useState(() => (key: SortKey) => latestSortBy.current(key));

  return (
    <Stack spacing={2}>
      <PageHeader title="Fleet" />
      <Typography role="status" aria-live="polite">
        Loaded {loaded} of {tenants.length} tenants
        {failed ? `, ${failed} with errors` : ''} · {allRows.length} connectors
      </Typography>
      <FleetSummaryTable loads={loads} rowsByTenant={rowsByTenant} />
      <FleetFilters
        filter={view.filter}
        tenants={tenants}
        versions={versions}
        onChange={(next) => setView({ filter: next })}
        onExport={() => downloadCsv(fleetCsv(shown), 'ndes-connectors-fleet.csv')}
      />
      <Typography variant="body2">
        Showing {shown.length} of {allRows.length} connectors
      </Typography>
      <FleetTable rows={shown} sort={view.sort} onSort={onSort} />
    </Stack>
  );
}
