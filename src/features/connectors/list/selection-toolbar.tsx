import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

import type { Selection } from './use-selection';

type SelectionToolbarProps = { selection: Selection; children?: ReactNode };

/** Shown while connectors are selected: how many, and what can be done with them (the route's actions). */
export function SelectionToolbar({ selection, children }: SelectionToolbarProps) {
  const count = selection.selected.length;
  // Always rendered, hidden when empty: a dialog the actions opened (a bulk delete that removed every
  // selected connector) must outlive the selection, so the tree around it must not change.
  return (
    <Paper
      hidden={count === 0}
      variant="outlined"
      role="toolbar"
      aria-label="Selected connectors"
      sx={{
        p: 1,
        display: count === 0 ? 'none' : 'flex',
        flexWrap: 'wrap',
        gap: 1,
        alignItems: 'center',
      }}
    >
      <Typography variant="body2" sx={{ mr: 1 }} role="status">
        {count} selected
        {selection.hiddenCount > 0 && ` (${selection.hiddenCount} hidden by this filter)`}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {children}
        <Button onClick={selection.clear}>Clear selection</Button>
      </Stack>
    </Paper>
  );
}
