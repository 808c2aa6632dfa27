import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';

import { RelativeTime } from '@/components/relative-time';
import { tenantPaths } from '@/config/tenant-paths';
import { HealthChip } from '@/features/connectors/health/health-chip';

import type { FleetRow, FleetSort, SortKey } from './fleet-rows';
import { useRowWindow } from './use-window';

const ROW_HEIGHT = 56;
const VIEWPORT_HEIGHT = 560;
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
            <TableRow
              key={row.key}
              aria-rowindex={window.first + offset + 2}
              sx={{ height: ROW_HEIGHT }}
            >
              <TableCell>{row.tenant.name}</TableCell>
              <TableCell>
                <Link
                  component={RouterLink}
                  to={tenantPaths.connector.href(row.tenant.tenantId, row.connector.id)}
                  aria-label={`${row.name} in ${row.tenant.name}`}
                >
                  {row.name}
                </Link>
              </TableCell>
              <TableCell>
                <HealthChip level={row.health.level} />
              </TableCell>
              <TableCell>{row.connector.state}</TableCell>
              <TableCell>{row.connector.connectorVersion}</TableCell>
              <TableCell>
                <RelativeTime value={row.connector.lastConnectionDateTime} />
              </TableCell>
              <TableCell
                sx={{
                  maxWidth: 360,
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  whiteSpace: 'nowrap',
                }}
              >
                {row.health.reasons.join(' ')}
              </TableCell>
            </TableRow>
          ))}
          {window.paddingBottom > 0 && <tr aria-hidden style={{ height: window.paddingBottom }} />}
        </TableBody>
      </Table>
    </Box>
  );
}
