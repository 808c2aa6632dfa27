import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { memo } from 'react';

import type { FleetRow, FleetSort, SortKey } from './fleet-rows';
import { FleetTableRow } from './fleet-table-row';
import { useRowWindow } from './use-window';

const ROW_HEIGHT = 56;
const VIEWPORT_HEIGHT = 560;
// The body's plain cells look like MUI's small TableCell, from one class on the table.
const fleetRowStyles: SxProps<Theme> = {
  '& tbody tr:not([aria-hidden])': { height: ROW_HEIGHT },
  '& tbody td': {
    typography: 'body2',
    py: '6px',
    px: 2,
    borderBottom: 1,
    borderColor: 'divider',
    color: 'text.primary',
  },
  '& tbody td a': { color: 'primary.main' },
  '& tbody td.reasons': {
    maxWidth: 360,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
};

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'tenant', label: 'Tenant' },
  { key: 'name', label: 'Name' },
  { key: 'health', label: 'Health' },
  { key: 'state', label: 'State' },
  { key: 'version', label: 'Version' },
  { key: 'lastConnection', label: 'Last connection' },
];

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
  return (
    <Box
      sx={{ maxHeight: VIEWPORT_HEIGHT, overflow: 'auto' }}
      onScroll={window.onScroll}
      data-testid="fleet-scroller"
    >
      <Table
        size="small"
        stickyHeader
        aria-label="Connectors of every tenant"
        aria-rowcount={rows.length + 1}
        sx={fleetRowStyles}
      >
        <TableHead>
          <TableRow aria-rowindex={1}>
            {COLUMNS.map(({ key, label }) => (
              <TableCell key={key} sortDirection={sort.key === key ? sort.direction : false}>
                <TableSortLabel
                  active={sort.key === key}
                  direction={sort.key === key ? sort.direction : 'asc'}
                  onClick={() => onSort(key)}
                >
                  {label}
                </TableSortLabel>
              </TableCell>
            ))}
            <TableCell>Reasons</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {window.paddingTop > 0 && <tr aria-hidden style={{ height: window.paddingTop }} />}
          {rows.slice(window.first, window.last).map((row, offset) => (
            <FleetTableRow key={row.key} row={row} rowIndex={window.first + offset + 2} />
          ))}
          {window.paddingBottom > 0 && <tr aria-hidden style={{ height: window.paddingBottom }} />}
        </TableBody>
      </Table>
    </Box>
  );
}
