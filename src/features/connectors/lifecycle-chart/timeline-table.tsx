import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';

import { formatDay } from '../lifecycle/calendar-dates';
import type { TimelineRow } from '../lifecycle/version-timeline';

import { MarkerIcon } from './timeline-marker';

type TimelineTableProps = { rows: TimelineRow[]; caption: string; fleet: boolean; id: string };

const day = (date: string | undefined, none: string) => (date ? formatDay(date) : none);

/** The chart's data as a table: its text alternative, for screen readers and for reading exact dates. */
export function TimelineTable({ rows, caption, fleet, id }: TimelineTableProps) {
  return (
    <Table size="small" id={id}>
      <caption>{caption}</caption>
      <TableHead>
        <TableRow>
          <TableCell>Version</TableCell>
          <TableCell>Released</TableCell>
          <TableCell>Supported until</TableCell>
          <TableCell>May stop working from</TableCell>
          <TableCell align="right">Connectors</TableCell>
          {fleet && <TableCell align="right">Tenants</TableCell>}
          <TableCell>Status today</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.version}>
            <TableCell component="th" scope="row">
              {row.version}
            </TableCell>
            <TableCell>{day(row.released, 'Not in the release table')}</TableCell>
            <TableCell>{day(row.supportedUntil, row.released ? 'Newest release' : '—')}</TableCell>
            <TableCell>{day(row.stopsFrom, '—')}</TableCell>
            <TableCell align="right">{row.connectors}</TableCell>
            {fleet && <TableCell align="right">{row.tenants}</TableCell>}
            <TableCell>
              <MarkerIcon status={row.status.kind} /> {row.status.label}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
