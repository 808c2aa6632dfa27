import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import { memo } from 'react';

import { usePlainLinks } from '@/lib/use-plain-links';

import type { FleetRow, FleetSort, SortKey } from './fleet-rows';
import { FleetTableHead } from './fleet-table-head';
import { FleetTableRow } from './fleet-table-row';
import { FleetTableStyles, ROW_HEIGHT, VIEWPORT_HEIGHT } from './fleet-table-styles';
import { useRowWindow } from './use-window';

/**
 * Every connector of every tenant, windowed: only the rows near the scroll position are in the DOM.
 * Rendered again only when its rows or sort change (`onSort` must be stable).
 */
export const FleetTable = memo(
  WindowedFleetTable,
  (previous, next) =>
    previous.rows === next.rows &&
    previous.onSort === next.onSort &&
    previous.sort.key === next.sort.key &&
    previous.sort.direction === next.sort.direction,
);

function WindowedFleetTable({
  rows,
  sort,
  onSort,
}: {
  rows: FleetRow[];
  sort: FleetSort;
  onSort: (key: SortKey) => void;
}) {
  const window = useRowWindow({
    count: rows.length,
    rowHeight: ROW_HEIGHT,
    viewportHeight: VIEWPORT_HEIGHT,
  });
  const links = usePlainLinks();
  return (
    // Contained (see the styles), so that a new window of rows lays out and repaints nothing else.
    <div className="fleet-scroller" onScroll={window.onScroll} data-testid="fleet-scroller">
      <FleetTableStyles />
      <Table
        size="small"
        stickyHeader
        className="fleet-connectors"
        aria-label="Connectors of every tenant"
        aria-rowcount={rows.length + 1}
      >
        <FleetTableHead sortKey={sort.key} direction={sort.direction} onSort={onSort} />
        <TableBody onClick={links.onClick}>
          {window.paddingTop > 0 && <tr aria-hidden style={{ height: window.paddingTop }} />}
          {rows.slice(window.first, window.last).map((row, offset) => (
            <FleetTableRow
              key={window.keyOf(window.first + offset)}
              row={row}
              rowIndex={window.first + offset + 2}
              href={links.href}
            />
          ))}
          {window.paddingBottom > 0 && <tr aria-hidden style={{ height: window.paddingBottom }} />}
        </TableBody>
      </Table>
    </div>
  );
}
