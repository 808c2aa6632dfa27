import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';

import type { ChangeEntry } from './change-log';
import type { TenantOfEntry } from './change-log-export';

const HEADERS = ['Time (UTC)', 'Connector', 'Change', 'Outcome', 'Request ids'];
const mono = { fontFamily: 'monospace', wordBreak: 'break-all' } as const;

const utc = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

/** Newest first: what was just sent is on top. With several tenants, a column names each tenant. */
export function ChangeLogTable({
  entries,
  tenantOf,
}: {
  entries: readonly ChangeEntry[];
  tenantOf?: TenantOfEntry;
}) {
  const headers = tenantOf ? [HEADERS[0], 'Tenant', ...HEADERS.slice(1)] : HEADERS;
  return (
    <TableContainer>
      <Table size="small" aria-label="Changes sent in this session">
        <TableHead>
          <TableRow>
            {headers.map((header) => (
              <TableCell key={header}>{header}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.toReversed().map((entry, index) => (
            <TableRow key={`${entry.at}-${entry.connectorId}-${entry.field}-${index}`}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{utc(entry.at)}</TableCell>
              {tenantOf && <TableCell>{tenantOf(entry).name}</TableCell>}
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                {entry.connectorName}
                <Typography variant="body2" sx={{ ...mono, color: 'text.secondary' }}>
                  {entry.connectorId}
                </Typography>
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                <strong>{entry.field}</strong>: {entry.oldValue} → {entry.newValue}
              </TableCell>
              <TableCell>
                {entry.outcome}
                {entry.detail && (
                  <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {entry.detail}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <Typography variant="body2" sx={mono}>
                  request-id: {entry.requestId ?? '—'}
                </Typography>
                <Typography variant="body2" sx={mono}>
                  client-request-id: {entry.clientRequestId ?? '—'}
                </Typography>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
