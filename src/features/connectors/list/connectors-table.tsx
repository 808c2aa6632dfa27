import Stack from '@mui/material/Stack';
import type { SxProps, Theme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { ReactNode } from 'react';

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
  sx?: SxProps<Theme>;
  cell: (connector: Connector, health: ConnectorHealth | undefined) => ReactNode;
};

const CELL_SX: Partial<Record<ValueKind, SxProps<Theme>>> = {
  name: { maxWidth: 260, overflowWrap: 'anywhere' },
  text: { wordBreak: 'break-word' },
  'date-time': { whiteSpace: 'nowrap' },
};

const healthColumn: Column = {
  header: 'Health',
  sort: HEALTH_SORT,
  sx: { minWidth: 200, maxWidth: 320 },
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
  sx: CELL_SX[field.kind],
  cell: (connector) => <FieldValue field={field} connector={connector} place="list" />,
}));

// A plain MUI table rather than DataGrid: a tenant has tens of connectors, not thousands, and DataGrid
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
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label="NDES connectors" sx={{ minWidth: 900 }}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <SelectAllCheckbox selection={selection} />
            </TableCell>
            {COLUMNS.map(({ header, sort }) => (
              <TableCell
                key={header}
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
        </TableHead>
        <TableBody>
          {connectors.map((connector) => (
            <TableRow key={connector.id} hover>
              <TableCell padding="checkbox">
                <SelectConnectorCheckbox connector={connector} selection={selection} />
              </TableCell>
              {COLUMNS.map(({ header, sx, cell }) => (
                <TableCell key={header} sx={sx}>
                  {cell(connector, health.get(connector.id))}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
