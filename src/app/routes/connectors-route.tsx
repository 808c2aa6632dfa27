import RefreshIcon from '@mui/icons-material/Refresh';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';

import { PageHeader } from '@/components/page-header';
import { connectorQueries } from '@/features/connectors/api/connector-queries';
import { ConnectorsTable } from '@/features/connectors/components/connectors-table';

export function ConnectorsRoute() {
  const queryClient = useQueryClient();
  const { data: connectors, isFetching } = useSuspenseQuery(connectorQueries.list());
  return (
    <>
      <PageHeader
        title="NDES connectors"
        subtitle={`${connectors.length} connector${connectors.length === 1 ? '' : 's'} in this tenant`}
        actions={
          <Button
            startIcon={<RefreshIcon />}
            disabled={isFetching}
            onClick={() => void queryClient.invalidateQueries({ queryKey: connectorQueries.all() })}
          >
            {isFetching ? 'Refreshing…' : 'Refresh'}
          </Button>
        }
      />
      {connectors.length === 0 ? (
        <Alert severity="info">
          This tenant has no NDES or Certificate Connectors yet. Install the Certificate Connector
          for Microsoft Intune on a server, and it appears here once it enrolls.
        </Alert>
      ) : (
        <Paper variant="outlined">
          <ConnectorsTable connectors={connectors} />
        </Paper>
      )}
    </>
  );
}
