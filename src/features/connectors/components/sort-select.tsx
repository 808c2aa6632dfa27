import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

import type { ListView, SortKey } from '../list/list-view';

const OPTIONS: [SortKey, 'asc' | 'desc', string][] = [
  ['health', 'asc', 'Health: worst first'],
  ['name', 'asc', 'Name: A to Z'],
  ['lastConnection', 'asc', 'Last connection: oldest first'],
  ['lastConnection', 'desc', 'Last connection: newest first'],
  ['version', 'asc', 'Version: oldest first'],
  ['machine', 'asc', 'Machine: A to Z'],
];

/** Sorting where there are no column headers to click (the card layout). */
export function SortSelect({
  view,
  onChange,
}: {
  view: ListView;
  onChange: (next: Partial<ListView>) => void;
}) {
  const value = `${view.sort}:${view.direction}`;
  return (
    <TextField
      select
      size="small"
      label="Sort by"
      value={
        OPTIONS.some(([sort, direction]) => `${sort}:${direction}` === value) ? value : 'health:asc'
      }
      onChange={(event) => {
        const [sort, direction] = event.target.value.split(':') as [SortKey, 'asc' | 'desc'];
        onChange({ sort, direction });
      }}
      sx={{ minWidth: 240 }}
    >
      {OPTIONS.map(([sort, direction, label]) => (
        <MenuItem key={`${sort}:${direction}`} value={`${sort}:${direction}`}>
          {label}
        </MenuItem>
      ))}
    </TextField>
  );
}
