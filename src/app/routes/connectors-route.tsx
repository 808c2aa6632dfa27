import RefreshIcon from '@mui/icons-material/Refresh';
import TuneIcon from '@mui/icons-material/Tune';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { connectorQueries } from '@/features/connectors/api/connector-queries';
import { ConnectorCards } from '@/features/connectors/components/connector-cards';
import { ConnectorsTable } from '@/features/connectors/components/connectors-table';
import { HealthFilter } from '@/features/connectors/components/health-filter';
import { useConnectorHealth } from '@/features/connectors/health/use-connector-health';
import {
  applyListView,
  readListView,
  writeListView,
  type ListView,
} from '@/features/connectors/list/list-view';

// Form controls (TextField, Select, Dialog) stay out of the first page: only phones sort by menu,
// and the rules dialog opens on demand.
const SortSelect = lazy(async () => ({
  default: (await import('@/features/connectors/components/sort-select')).SortSelect,
}));
const HealthSettingsDialog = lazy(async () => ({
  default: (await import('@/features/connectors/health/health-settings-dialog'))
    .HealthSettingsDialog,
}));

export function ConnectorsRoute() {
  const queryClient = useQueryClient();
  const { data: connectors, isFetching } = useSuspenseQuery(connectorQueries.list());
  const health = useConnectorHealth(connectors);
  const [params, setParams] = useSearchParams();
  const view = readListView(params);
  const setView = (next: Partial<ListView>) =>
    setParams(writeListView({ ...view, ...next }), { replace: true });
  const [rulesOpen, setRulesOpen] = useState(false);
  const visible = applyListView(connectors, health, view);
  const compact = useMediaQuery(useTheme().breakpoints.down('md'));

  return (
    <>
      <PageHeader
        title="NDES connectors"
        subtitle={`${connectors.length} connector${connectors.length === 1 ? '' : 's'} in this tenant`}
        actions={
          <>
            <Button startIcon={<TuneIcon />} onClick={() => setRulesOpen(true)}>
              Health rules
            </Button>
            <Button
              startIcon={<RefreshIcon />}
              disabled={isFetching}
              onClick={() =>
                void queryClient.invalidateQueries({ queryKey: connectorQueries.all() })
              }
            >
              {isFetching ? 'Refreshing…' : 'Refresh'}
            </Button>
          </>
        }
      />
      {connectors.length === 0 ? (
        <Alert severity="info">
          This tenant has no NDES or Certificate Connectors yet. Install the Certificate Connector
          for Microsoft Intune on a server, and it appears here once it enrolls.
        </Alert>
      ) : (
        <Stack spacing={2}>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
            <HealthFilter
              value={view.health}
              health={health}
              onChange={(value) => setView({ health: value })}
            />
            {compact && (
              <Suspense fallback={null}>
                <SortSelect view={view} onChange={setView} />
              </Suspense>
            )}
          </Stack>
          {compact ? (
            <ConnectorCards connectors={visible} health={health} />
          ) : (
            <Paper variant="outlined">
              <ConnectorsTable
                connectors={visible}
                health={health}
                view={view}
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
      )}
      {rulesOpen && (
        <Suspense fallback={null}>
          <HealthSettingsDialog open onClose={() => setRulesOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
