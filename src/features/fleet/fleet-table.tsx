import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { memo } from 'react';

import { usePlainLinks } from '@/lib/use-plain-links';

import type { FleetRow, FleetSort, SortKey } from './fleet-rows';
import { FleetTableRow } from './fleet-table-row';
import { useRowWindow } from './use-window';

const ROW_HEIGHT = 56;
const VIEWPORT_HEIGHT = 560;
const healthColour = (theme: Theme, level: 'success' | 'warning' | 'error') => {
  const main = (theme.vars ?? theme).palette[level].main;
  return { color: main, borderColor: theme.alpha(main, 0.7) };
};

// The body's plain cells look like MUI's small TableCell, and the health badge like the small outlined
// HealthChip, from one class on the table.
const fleetRowStyles = (theme: Theme) => ({
  '& tbody tr:not([aria-hidden])': { height: ROW_HEIGHT },
  '& tbody td': {
    typography: 'body2',
    py: '6px',
    px: 2,
    borderBottom: 1,
    borderColor: 'divider',
    color: 'text.primary',
    // One line per row, as the window's arithmetic (ROW_HEIGHT) assumes.
    whiteSpace: 'nowrap',
  },
  '& tbody td a': { color: 'primary.main' },
  '& tbody td.name, & tbody td.reasons': { overflow: 'hidden', textOverflow: 'ellipsis' },
  '& tbody td.name': { maxWidth: 240 },
  '& tbody td.reasons': { maxWidth: 360 },
  '& .health': {
    display: 'inline-flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    height: 24,
    borderRadius: '12px',
    border: '1px solid',
    pl: '2px',
    pr: '7px',
    fontSize: theme.typography.pxToRem(13),
  },
  '& .health svg': { width: 18, height: 18, mr: '3px', fill: 'currentColor' },
  '& .health.healthy': healthColour(theme, 'success'),
  '& .health.warning': healthColour(theme, 'warning'),
  '& .health.unhealthy': healthColour(theme, 'error'),
});

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
  const links = usePlainLinks();
  return (
    <Box
      // Containment keeps a new window of rows from laying out and repainting the rest of the page.
      sx={{ maxHeight: VIEWPORT_HEIGHT, overflow: 'auto', contain: 'content' }}
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
        <TableBody onClick={links.onClick}>
          {window.paddingTop > 0 && <tr aria-hidden style={{ height: window.paddingTop }} />}
          {rows.slice(window.first, window.last).map((row, offset) => (
            <FleetTableRow
              key={row.key}
              row={row}
              rowIndex={window.first + offset + 2}
              href={links.href}
            />
          ))}
          {window.paddingBottom > 0 && <tr aria-hidden style={{ height: window.paddingBottom }} />}
        </TableBody>
      </Table>
    </Box>
  );
}
