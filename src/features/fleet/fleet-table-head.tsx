import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { memo } from 'react';

import type { FleetSort, SortKey } from './fleet-rows';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'tenant', label: 'Tenant' },
  { key: 'name', label: 'Name' },
  { key: 'health', label: 'Health' },
  { key: 'state', label: 'State' },
  { key: 'version', label: 'Version' },
  { key: 'lastConnection', label: 'Last connection' },
];

/** The column headers, each a sort button. Rendered again only when the sort changes. */
export const FleetTableHead = memo(function FleetTableHead({
  sortKey,
  direction,
  onSort,
}: {
  sortKey: SortKey;
  direction: FleetSort['direction'];
  onSort: (key: SortKey) => void;
}) {
  return (
    <TableHead>
      <TableRow aria-rowindex={1}>
        {COLUMNS.map(({ key, label }) => (
          <TableCell key={key} sortDirection={sortKey === key ? direction : false}>
            <TableSortLabel
              active={sortKey === key}
              direction={sortKey === key ? direction : 'asc'}
              onClick={() => onSort(key)}
            >
              {label}
            </TableSortLabel>
          </TableCell>
        ))}
        <TableCell>Reasons</TableCell>
      </TableRow>
    </TableHead>
  );
});
