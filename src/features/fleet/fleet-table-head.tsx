import { memo } from 'react';

import { TableCell, TableRow, TableSortLabel } from '@/components/ui/table';

import { FLEET_COLUMNS, type FleetSortKey } from './fleet-columns';
import type { FleetSort } from './fleet-rows';

/**
 * The column headers, each with a sort button. The fixed layout takes every column's width from here.
 * Rendered again only when the sort changes.
 */
export const FleetTableHead = memo(function FleetTableHead({
  sortKey,
  direction,
  onSort,
}: {
  sortKey: FleetSortKey;
  direction: FleetSort['direction'];
  onSort: (key: FleetSortKey) => void;
}) {
  return (
    <thead>
      <TableRow aria-rowindex={1}>
        {FLEET_COLUMNS.map((column) => (
          <TableCell
            key={column.header}
            head
            style={{ width: column.width }}
            sortDirection={sortKey === column.sortKey ? direction : false}
          >
            {column.sortKey === undefined ? (
              column.header
            ) : (
              <SortButton
                sortKey={column.sortKey}
                active={sortKey === column.sortKey}
                direction={direction}
                onSort={onSort}
              >
                {column.header}
              </SortButton>
            )}
          </TableCell>
        ))}
      </TableRow>
    </thead>
  );
});

function SortButton({
  sortKey,
  active,
  direction,
  onSort,
  children,
}: {
  sortKey: FleetSortKey;
  active: boolean;
  direction: FleetSort['direction'];
  onSort: (key: FleetSortKey) => void;
  children: string;
}) {
  return (
    <TableSortLabel
      active={active}
      direction={active ? direction : 'asc'}
      onClick={() => onSort(sortKey)}
    >
      {children}
    </TableSortLabel>
  );
}
