import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';

import { VisibleText } from '@/components/visible-text';
import type { ScopeTag } from '@/features/scope-tags/types';

import { fieldOf, type Connector, type ConnectorPatch } from '../model/connector';
import { connectorLabel } from '../model/connector-label';
import { formatField } from '../model/format-field';
import { changedFields } from '../model/patch';

type ChangesTableProps = {
  /** Each connector as it reads now, and what would be written to it. */
  changes: { connector: Connector; patch: ConnectorPatch }[];
  tags: ScopeTag[] | undefined;
  /** The table's accessible name. */
  label: string;
  /** A first column naming each row's connector (the bulk preview). */
  byConnector?: boolean;
};

/**
 * One row per field to change, its value now and the value that would be written (invisible and bidi
 * characters shown): the single save's review and the bulk preview.
 */
export function ChangesTable({ changes, tags, label, byConnector = false }: ChangesTableProps) {
  const named = byConnector;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          {named && <TableCell>Connector</TableCell>}
          <TableCell>Field</TableCell>
          <TableCell>Current value</TableCell>
          <TableCell>New value</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.flatMap(({ connector, patch }) =>
          changedFields(patch).map((field) => {
            const fieldName = fieldOf(field).label;
            return (
              <TableRow key={`${connector.id}-${field}`}>
                {named && (
                  <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere' }}>
                    {connectorLabel(connector)}
                  </TableCell>
                )}
                {named ? (
                  <TableCell>{fieldName}</TableCell>
                ) : (
                  <TableCell component="th" scope="row">
                    {fieldName}
                  </TableCell>
                )}
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  <VisibleText text={formatField(field, connector[field], { tags })} />
                </TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  <VisibleText text={formatField(field, patch[field], { tags })} />
                </TableCell>
              </TableRow>
            );
          }),
        )}
      </TableBody>
    </Table>
  );
}
