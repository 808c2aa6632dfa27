import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Link as RouterLink } from 'react-router';

import { RelativeTime } from '@/components/relative-time';
import { paths } from '@/config/paths';
import { ScopeTagChips } from '@/features/scope-tags/components/scope-tag-chips';

import { connectorLabel } from '../connector-label';
import type { Connector } from '../types';

import { ConnectorStateChip } from './connector-state-chip';

// A plain MUI table rather than DataGrid: a tenant has tens of connectors, not thousands, and DataGrid
// would add ~100 KB gzipped to the first page.
const COLUMNS = ['Name', 'Machine', 'State', 'Version', 'Last connection', 'Scope tags'] as const;

export function ConnectorsTable({ connectors }: { connectors: Connector[] }) {
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label="NDES connectors">
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column}>{column}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {connectors.map((connector) => (
            <TableRow key={connector.id} hover>
              <TableCell sx={{ maxWidth: 280, overflowWrap: 'anywhere' }}>
                <Link
                  component={RouterLink}
                  to={paths.connector.href(connector.id)}
                  sx={connector.displayName ? undefined : { fontStyle: 'italic' }}
                >
                  {connectorLabel(connector)}
                </Link>
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
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
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
