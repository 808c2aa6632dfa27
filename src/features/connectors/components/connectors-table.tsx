import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { Link as RouterLink } from 'react-router';

import { RelativeTime } from '@/components/relative-time';
import { paths } from '@/config/paths';
import { ScopeTagChips } from '@/features/scope-tags/components/scope-tag-chips';

import { connectorLabel } from '../connector-label';
import { HealthChip } from '../health/health-chip';
import { HealthReasons } from '../health/health-reasons';
import type { ConnectorHealth } from '../health/use-connector-health';
import type { ListView, SortKey } from '../list/list-view';
import type { Connector } from '../types';

import { ConnectorStateChip } from './connector-state-chip';

// A plain MUI table rather than DataGrid: a tenant has tens of connectors, not thousands, and DataGrid
// would add ~100 KB gzipped to the first page.
const COLUMNS: { label: string; sort?: SortKey }[] = [
  { label: 'Name', sort: 'name' },
  { label: 'Health', sort: 'health' },
  { label: 'Machine', sort: 'machine' },
  { label: 'State' },
  { label: 'Version', sort: 'version' },
  { label: 'Last connection', sort: 'lastConnection' },
  { label: 'Scope tags' },
];

type ConnectorsTableProps = {
  connectors: Connector[];
  health: Map<string, ConnectorHealth>;
  view: ListView;
  onSort: (key: SortKey) => void;
};

export function ConnectorsTable({ connectors, health, view, onSort }: ConnectorsTableProps) {
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label="NDES connectors" sx={{ minWidth: 900 }}>
        <TableHead>
          <TableRow>
            {COLUMNS.map(({ label, sort }) => (
              <TableCell
                key={label}
                sortDirection={sort && view.sort === sort ? view.direction : false}
              >
                {sort ? (
                  <TableSortLabel
                    active={view.sort === sort}
                    direction={view.sort === sort ? view.direction : 'asc'}
                    onClick={() => onSort(sort)}
                  >
                    {label}
                  </TableSortLabel>
                ) : (
                  label
                )}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {connectors.map((connector) => {
            const verdict = health.get(connector.id);
            return (
              <TableRow key={connector.id} hover>
                <TableCell sx={{ maxWidth: 260, overflowWrap: 'anywhere' }}>
                  <Link
                    component={RouterLink}
                    to={paths.connector.href(connector.id)}
                    sx={connector.displayName ? undefined : { fontStyle: 'italic' }}
                  >
                    {connectorLabel(connector)}
                  </Link>
                </TableCell>
                <TableCell sx={{ minWidth: 200, maxWidth: 320 }}>
                  {verdict && (
                    <Stack>
                      <HealthChip level={verdict.level} />
                      <HealthReasons health={verdict} />
                    </Stack>
                  )}
                </TableCell>
                <TableCell sx={{ wordBreak: 'break-word' }}>
                  {connector.machineName ?? '—'}
                </TableCell>
                <TableCell>
                  <ConnectorStateChip state={connector.state} />
                </TableCell>
                <TableCell>{connector.connectorVersion ?? '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <RelativeTime value={connector.lastConnectionDateTime} />
                </TableCell>
                <TableCell>
                  <ScopeTagChips ids={connector.roleScopeTagIds} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
