import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

import { fieldSorts, type SortDirection } from './list-columns';
import { HEALTH_SORT, type ListView, type SortKey } from './list-view';

const OPTIONS: [SortKey, SortDirection, string][] = [
  [HEALTH_SORT, 'asc', 'Health: worst first'],
  ...fieldSorts.flatMap(({ param, header, menu }) =>
    (['asc', 'desc'] as const).flatMap((direction): [SortKey, SortDirection, string][] =>
      menu[direction] ? [[param, direction, `${header}: ${menu[direction]}`]] : [],
    ),
  ),
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
        OPTIONS.some(([sort, direction]) => `${sort}:${direction}` === value)
          ? value
          : `${HEALTH_SORT}:asc`
      }
      onChange={(event) => {
        const [sort = HEALTH_SORT, direction] = event.target.value.split(':');
        onChange({ sort, direction: direction === 'desc' ? 'desc' : 'asc' });
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
