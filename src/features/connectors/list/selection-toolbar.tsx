import type { ReactNode } from 'react';

import { Button } from '@/components/ui/button';
import { Stack } from '@/components/ui/stack';
import { Paper } from '@/components/ui/surface';
import { Typography } from '@/components/ui/typography';

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
      style={{
        padding: 8,
        display: count === 0 ? 'none' : 'flex',
        flexWrap: 'wrap',
        gap: 8,
        alignItems: 'center',
      }}
    >
      <Typography variant="body2" style={{ marginRight: 8 }} role="status">
        {count} selected
        {selection.hiddenCount > 0 && ` (${selection.hiddenCount} hidden by this filter)`}
      </Typography>
      <Stack direction="row" wrap style={{ gap: 8 }}>
        {children}
        <Button onClick={selection.clear}>Clear selection</Button>
      </Stack>
    </Paper>
  );
}
