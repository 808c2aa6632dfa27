import Typography from '@mui/material/Typography';
import { memo, useDeferredValue, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { TenantInfo } from '@/config/tenants';
import { downloadFile } from '@/lib/download-file';
import { useStableCallback } from '@/lib/use-stable-callback';

import type { FleetSortKey } from './fleet-columns';
import { fleetCsv } from './fleet-csv';
import { FleetFilters } from './fleet-filters';
import {
  createRowFilter,
  sortRows,
  type FleetFilter,
  type FleetRow,
  type FleetSort,
} from './fleet-rows';
import { FleetTable } from './fleet-table';
import { nextSort, readFleetView, withText, writeFleetView } from './fleet-url';
import { useUrlText } from './use-url-text';

type FleetBrowserProps = { rows: FleetRow[]; tenants: TenantInfo[]; versions: string[] };

/**
 * The filters, the count and the table of every connector. Apart from the page, so that a keystroke
 * renders only this; the rows are sorted once per sort, and a keystroke only filters the sorted list.
 */
export const FleetBrowser = memo(function FleetBrowser({
  rows,
  tenants,
  versions,
}: FleetBrowserProps) {
  const [params, setParams] = useSearchParams();
  const urlView = readFleetView(params);
  const [text, setText, searchKey, writeText] = useUrlText(
    urlView.filter.text,
    setParams,
    withText,
  );
  const view = { ...urlView, filter: { ...urlView.filter, text } };
  // A keystroke paints the field at once; the table follows when React has time.
  const deferred = useDeferredValue(view);
  const sortKey = JSON.stringify(deferred.sort);
  const filterKey = JSON.stringify(deferred.filter);
  const sorted = useMemo(() => sortRows(rows, JSON.parse(sortKey) as FleetSort), [rows, sortKey]);
  const rowFilter = useMemo(() => createRowFilter(sorted), [sorted]);
  const shown = useMemo(
    () => rowFilter(JSON.parse(filterKey) as FleetFilter),
    [rowFilter, filterKey],
  );

  const setView = (next: Partial<{ filter: FleetFilter; sort: FleetSort }>) =>
    setParams(writeFleetView({ ...view, ...next }), { replace: true });
  const onPick = useStableCallback(
    (key: Exclude<keyof FleetFilter, 'text'>, value: string | null) =>
      setView({ filter: { ...view.filter, [key]: value } }),
  );
  const onSort = useStableCallback((key: FleetSortKey) =>
    setView({ sort: nextSort(view.sort, key) }),
  );
  const onExport = useStableCallback(() =>
    downloadFile({
      fileName: 'ndes-connectors-fleet.csv',
      mimeType: 'text/csv;charset=utf-8',
      content: fleetCsv(shown),
    }),
  );

  return (
    <>
      <FleetFilters
        filter={view.filter}
        tenants={tenants}
        versions={versions}
        onPick={onPick}
        searchKey={searchKey}
        onText={setText}
        onTextDone={writeText}
        onExport={onExport}
      />
      <Typography variant="body2">
        Showing {shown.length} of {rows.length} connectors
      </Typography>
      <FleetTable rows={shown} sort={view.sort} onSort={onSort} />
    </>
  );
});
