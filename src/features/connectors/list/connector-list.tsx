import { type ReactNode } from 'react';

import { lazyMui } from '@/components/lazy-part';
import { Alert } from '@/components/ui/alert';
import { FormControlLabel } from '@/components/ui/checkbox';
import { Stack } from '@/components/ui/stack';
import { Paper } from '@/components/ui/surface';
import { useMediaQuery } from '@/lib/use-media-query';

import { ExportMenu } from '../export/export-menu';
import { useConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../model/connector';

import { ConnectorCards } from './connector-cards';
import { ConnectorsTable } from './connectors-table';
import { HealthFilter } from './health-filter';
import { applyListView } from './list-view';
import { SELECT_ALL_LABEL, SelectAllCheckbox } from './selection-checkbox';
import { SelectionToolbar } from './selection-toolbar';
import { SupportFilter } from './support-filter';
import { useListView } from './use-list-view';
import { useSelection } from './use-selection';

/** What the page offers for the selected connectors; the route supplies it (bulk changes, export). */
export type SelectionActions = (selected: Connector[]) => ReactNode;

// Form controls (TextField, Select) stay out of the first page: only phones sort by menu.
const SortSelect = lazyMui(async () => (await import('./sort-select')).SortSelect, {
  what: 'The sort control',
});

/** The filter, then a table on wide screens or cards on narrow ones, in the URL's sort order. */
export function ConnectorList({
  connectors,
  selectionActions,
}: {
  connectors: Connector[];
  selectionActions?: SelectionActions;
}) {
  const health = useConnectorHealth(connectors);
  const [view, setView] = useListView();
  const visible = applyListView(connectors, health, view);
  const compact = useMediaQuery('(max-width: 899.95px)');
  const selection = useSelection(connectors, visible);

  return (
    <Stack spacing={2}>
      <Stack direction="row" align="center" wrap style={{ gap: 16 }}>
        <HealthFilter
          value={view.health}
          health={health}
          onChange={(value) => setView({ health: value })}
        />
        <SupportFilter
          value={view.support}
          health={health}
          onChange={(value) => setView({ support: value })}
        />
        <ExportMenu connectors={visible} health={health} />
        {compact && <SortSelect view={view} onChange={setView} />}
        {compact && visible.length > 0 && (
          <FormControlLabel
            control={<SelectAllCheckbox selection={selection} />}
            label={SELECT_ALL_LABEL}
          />
        )}
      </Stack>
      <SelectionToolbar selection={selection}>
        {selectionActions?.(selection.selected)}
        <ExportMenu connectors={selection.selected} health={health} label="Export selected" />
      </SelectionToolbar>
      {compact ? (
        <ConnectorCards connectors={visible} health={health} selection={selection} />
      ) : (
        <Paper variant="outlined">
          <ConnectorsTable
            connectors={visible}
            health={health}
            view={view}
            selection={selection}
            onSort={(key) =>
              setView({
                sort: key,
                direction: view.sort === key && view.direction === 'asc' ? 'desc' : 'asc',
              })
            }
          />
        </Paper>
      )}
      {visible.length === 0 && <Alert severity="info">No connector matches this filter.</Alert>}
    </Stack>
  );
}
