import { memo } from 'react';

import { usePlainLinks } from '@/lib/use-plain-links';

import type { FleetSortKey } from './fleet-columns';
import type { FleetRow, FleetSort } from './fleet-rows';
import { FleetTableHead } from './fleet-table-head';
import { FleetTableRow } from './fleet-table-row';
import { ROW_HEIGHT, VIEWPORT_HEIGHT } from './fleet-table-size';
import './fleet-table.css';
import { useRowWindow } from './use-window';

const SCROLLER_STYLE = { maxHeight: VIEWPORT_HEIGHT };

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
  onSort: (key: FleetSortKey) => void;
}) {
  const rowWindow = useRowWindow({
    count: rows.length,
    rowHeight: ROW_HEIGHT,
    viewportHeight: VIEWPORT_HEIGHT,
  });
  const links = usePlainLinks();
  return (
    // Contained (see fleet-table.css), so that a new window of rows lays out and repaints nothing else.
    // The kit's cells in a plain table: the kit's Table wraps it in a scroller of its own, under which
    // the header would not stick.
    <div
      className="fleet-scroller"
      style={SCROLLER_STYLE}
      onScroll={rowWindow.onScroll}
      data-testid="fleet-scroller"
    >
      <table
        className="ui-table fleet-connectors"
        aria-label="Connectors of every tenant"
        aria-rowcount={rows.length + 1}
      >
        <FleetTableHead sortKey={sort.key} direction={sort.direction} onSort={onSort} />
        {/* Delegated: it handles clicks on the links inside, which have keyboard focus and fire click on Enter. */}
        {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
        <tbody onClick={links.onClick}>
          {rowWindow.paddingTop > 0 && <tr aria-hidden style={{ height: rowWindow.paddingTop }} />}
          {rows.slice(rowWindow.first, rowWindow.last).map((row, offset) => (
            <FleetTableRow
              key={rowWindow.keyOf(rowWindow.first + offset)}
              row={row}
              rowIndex={rowWindow.first + offset + 2}
              href={links.href}
            />
          ))}
          {rowWindow.paddingBottom > 0 && (
            <tr aria-hidden style={{ height: rowWindow.paddingBottom }} />
          )}
        </tbody>
      </table>
    </div>
  );
}
