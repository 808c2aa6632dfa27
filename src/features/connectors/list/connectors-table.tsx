import type { CSSProperties, ReactNode } from 'react';

import { Stack } from '@/components/ui/stack';
import { Table, TableCell, TableRow, TableSortLabel } from '@/components/ui/table';

import { FieldValue } from '../detail/field-value';
import { HealthChip } from '../health/health-chip';
import { HealthReasons } from '../health/health-reasons';
import type { ConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../model/connector';
import type { ValueKind } from '../model/field-types';

import { columnFields } from './list-columns';
import { HEALTH_SORT, type ListView, type SortKey } from './list-view';
import { SelectAllCheckbox, SelectConnectorCheckbox } from './selection-checkbox';
import type { Selection } from './use-selection';

type Column = {
  header: string;
  sort?: SortKey;
  style?: CSSProperties;
  cell: (connector: Connector, health: ConnectorHealth | undefined) => ReactNode;
};

const CELL_STYLE: Partial<Record<ValueKind, CSSProperties>> = {
  name: { maxWidth: 260, overflowWrap: 'anywhere' },
  text: { wordBreak: 'break-word' },
  'date-time': { whiteSpace: 'nowrap' },
};

const healthColumn: Column = {
  header: 'Health',
  sort: HEALTH_SORT,
  style: { minWidth: 200, maxWidth: 320 },
  cell: (_connector, verdict) =>
    verdict && (
      <Stack>
        <HealthChip level={verdict.level} />
        <HealthReasons health={verdict} />
      </Stack>
    ),
};

const [nameColumn, ...otherColumns]: Column[] = columnFields.map((field) => ({
  header: field.column.header,
  sort: field.column.sort?.param,
  style: CELL_STYLE[field.kind],
  cell: (connector) => <FieldValue field={field} connector={connector} place="list" />,
}));

// A plain table rather than DataGrid: a tenant has tens of connectors, not thousands, and DataGrid
// would add ~100 KB gzipped to the first page. Health sits beside the name: it is what admins scan for.
const COLUMNS = nameColumn ? [nameColumn, healthColumn, ...otherColumns] : [healthColumn];

type ConnectorsTableProps = {
  connectors: Connector[];
  health: Map<string, ConnectorHealth>;
  view: ListView;
  onSort: (key: SortKey) => void;
  selection: Selection;
};

export function ConnectorsTable({
  connectors,
  health,
  view,
  onSort,
  selection,
}: ConnectorsTableProps) {
  return (
    <Table aria-label="NDES connectors" style={{ minWidth: 900 }}>
      <thead>
        <TableRow>
          <TableCell head checkbox>
            <SelectAllCheckbox selection={selection} />
          </TableCell>
          {COLUMNS.map(({ header, sort }) => (
            <TableCell
              key={header}
              head
              sortDirection={sort && view.sort === sort ? view.direction : false}
            >
              {sort ? (
                <TableSortLabel
                  active={view.sort === sort}
                  direction={view.sort === sort ? view.direction : 'asc'}
                  onClick={() => onSort(sort)}
                >
                  {header}
                </TableSortLabel>
              ) : (
                header
              )}
            </TableCell>
          ))}
        </TableRow>
      </thead>
      <tbody>
        {connectors.map((connector) => (
          <TableRow key={connector.id}>
            <TableCell checkbox>
              <SelectConnectorCheckbox connector={connector} selection={selection} />
            </TableCell>
            {COLUMNS.map(({ header, style, cell }) => (
              <TableCell key={header} style={style}>
                {cell(connector, health.get(connector.id))}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </tbody>
    </Table>
  );
}
