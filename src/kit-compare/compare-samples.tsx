import MuiAlert from '@mui/material/Alert';
import MuiButton from '@mui/material/Button';
import MuiCheckbox from '@mui/material/Checkbox';
import MuiChip from '@mui/material/Chip';
import MuiTable from '@mui/material/Table';
import MuiTableBody from '@mui/material/TableBody';
import MuiTableCell from '@mui/material/TableCell';
import MuiTableHead from '@mui/material/TableHead';
import MuiTableRow from '@mui/material/TableRow';
import MuiToggleButton from '@mui/material/ToggleButton';
import MuiToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import type { ReactNode } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Chip } from '@/components/ui/chip';
import { Table, TableCell, TableRow } from '@/components/ui/table';
import { ToggleButtons } from '@/components/ui/toggle-buttons';

type Sample = { name: string; kit: ReactNode; mui: ReactNode };

type ButtonLook = {
  variant: 'text' | 'outlined' | 'contained';
  size?: 'small' | 'medium';
  color?: 'primary' | 'error';
};
const BUTTONS: ButtonLook[] = [
  { variant: 'text' },
  { variant: 'outlined' },
  { variant: 'contained' },
  { variant: 'text', size: 'small' },
  { variant: 'outlined', size: 'small' },
  { variant: 'contained', size: 'small' },
  { variant: 'outlined', color: 'error' },
];

type ChipLook = { variant: 'filled' | 'outlined'; color?: 'default' | 'primary' | 'success' };
const CHIPS: ChipLook[] = [
  { variant: 'filled' },
  { variant: 'outlined' },
  { variant: 'filled', color: 'primary' },
  { variant: 'outlined', color: 'success' },
];

type AlertLook = {
  severity: 'success' | 'info' | 'warning' | 'error';
  variant: 'standard' | 'filled';
};
const ALERTS: AlertLook[] = [
  { severity: 'info', variant: 'standard' },
  { severity: 'warning', variant: 'standard' },
  { severity: 'error', variant: 'standard' },
  { severity: 'success', variant: 'filled' },
];

const lookName = (kind: string, look: object) => [kind, ...Object.values(look)].join(' ');

const TOGGLES = [
  { value: 'all', label: 'All' },
  { value: 'warning', label: 'Warning' },
] as const;

const noop = () => undefined;

/** The kit's components and MUI's, each pair drawn with the same props. */
export const COMPARE_SAMPLES: Sample[] = [
  ...BUTTONS.map((look) => ({
    name: lookName('button', look),
    kit: <Button {...look}>Save</Button>,
    mui: <MuiButton {...look}>Save</MuiButton>,
  })),
  ...CHIPS.map((look) => ({
    name: lookName('chip', look),
    kit: <Chip label="Headquarters" {...look} />,
    mui: <MuiChip label="Headquarters" {...look} />,
  })),
  ...ALERTS.map((look) => ({
    name: lookName('alert', look),
    kit: <Alert {...look}>The connector was saved.</Alert>,
    mui: <MuiAlert {...look}>The connector was saved.</MuiAlert>,
  })),
  {
    name: 'table',
    kit: (
      <Table aria-label="Kit table">
        <thead>
          <TableRow>
            <TableCell head>Name</TableCell>
          </TableRow>
        </thead>
        <tbody>
          <TableRow>
            <TableCell>CERT01</TableCell>
          </TableRow>
        </tbody>
      </Table>
    ),
    mui: (
      <MuiTable size="small" aria-label="MUI table">
        <MuiTableHead>
          <MuiTableRow>
            <MuiTableCell>Name</MuiTableCell>
          </MuiTableRow>
        </MuiTableHead>
        <MuiTableBody>
          <MuiTableRow>
            <MuiTableCell>CERT01</MuiTableCell>
          </MuiTableRow>
        </MuiTableBody>
      </MuiTable>
    ),
  },
  ...[false, true].map((checked) => ({
    name: `checkbox ${checked ? 'checked' : 'unchecked'}`,
    kit: <Checkbox checked={checked} onChange={noop} aria-label="Kit checkbox" />,
    mui: (
      <MuiCheckbox
        checked={checked}
        onChange={noop}
        slotProps={{ input: { 'aria-label': 'MUI checkbox' } }}
      />
    ),
  })),
  {
    name: 'toggle buttons',
    kit: <ToggleButtons aria-label="Kit filter" options={TOGGLES} value="all" onChange={noop} />,
    mui: (
      <MuiToggleButtonGroup exclusive size="small" value="all" aria-label="MUI filter">
        {TOGGLES.map(({ value, label }) => (
          <MuiToggleButton key={value} value={value}>
            {label}
          </MuiToggleButton>
        ))}
      </MuiToggleButtonGroup>
    ),
  },
];
