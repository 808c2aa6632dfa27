import type { CSSProperties, ReactNode } from 'react';

import { Table, TableCell, TableRow, TableSortLabel } from '@/components/ui/table';

import { FieldValue } from '../detail/field-value';
import { SUPPORT_COLUMN } from '../health/support-column';
import type { ConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../model/connector';
import type { ValueKind } from '../model/field-types';

import { HealthCell } from './health-cell';
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
  text: { whiteSpace: 'nowrap' },
  'date-time': { whiteSpace: 'nowrap' },
};

const healthColumn: Column = {
  header: 'Health',
  sort: HEALTH_SORT,
  cell: (_connector, verdict) => verdict && <HealthCell verdict={verdict} />,
};

const supportColumn: Column = {
  header: SUPPORT_COLUMN.header,
  sort: SUPPORT_COLUMN.param,
  style: { minWidth: 110, maxWidth: 150 },
  cell: (_connector, verdict) => verdict && SUPPORT_COLUMN.text(verdict),
};

// Support follows the version it is derived from.
const [nameColumn, ...otherColumns]: Column[] = columnFields.flatMap((field) => [
  {
    header: field.column.header,
    sort: field.column.sort?.param,
    style: CELL_STYLE[field.kind],
    cell: (connector: Connector) => <FieldValue field={field} connector={connector} place="list" />,
  },
  ...(field.key === 'connectorVersion' ? [supportColumn] : []),
]);

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
    <Table aria-label="NDES connectors" className="connectors-table" style={{ minWidth: 900 }}>
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
