import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';

import type { ScopeTag } from '@/features/scope-tags/types';

import { fieldOf } from '../model/connector';
import { connectorLabel } from '../model/connector-label';
import { formatField } from '../model/format-field';
import { changedFields } from '../model/patch';

import type { PlannedChange } from './bulk-edit';

type BulkPreviewTableProps = { changes: PlannedChange[]; tags: ScopeTag[] | undefined };

/** One row per connector and field: the value now and the value Apply would write. */
export function BulkPreviewTable({ changes, tags }: BulkPreviewTableProps) {
  return (
    <Table size="small" aria-label="Preview of the changes">
      <TableHead>
        <TableRow>
          <TableCell>Connector</TableCell>
          <TableCell>Field</TableCell>
          <TableCell>Current value</TableCell>
          <TableCell>New value</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.flatMap(({ connector, patch }) =>
          changedFields(patch).map((field) => (
            <TableRow key={`${connector.id}-${field}`}>
              <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere' }}>
                {connectorLabel(connector)}
              </TableCell>
              <TableCell>{fieldOf(field).label}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                {formatField(field, connector[field], { tags })}
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                {formatField(field, patch[field], { tags })}
              </TableCell>
            </TableRow>
          )),
        )}
      </TableBody>
    </Table>
  );
}
