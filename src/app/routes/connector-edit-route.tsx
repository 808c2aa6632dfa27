import Paper from '@mui/material/Paper';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { connectorQueries } from '@/features/connectors/api/connector-queries';
import { ConnectorEditor } from '@/features/connectors/components/connector-editor';
import { connectorLabel } from '@/features/connectors/connector-label';
import { useAccessMode } from '@/lib/auth/access-mode';
import { notify } from '@/lib/notifications';

import type { SavedState } from './saved-state';

export function ConnectorEditRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // No background refetch while editing: the form keeps the version it started from, and the save
  // re-reads Graph itself to catch other admins' changes.
  const { data: connector } = useSuspenseQuery({
    ...connectorQueries.detail(id),
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const { readOnly } = useAccessMode();

  return (
    <>
      <PageHeader title={`Edit ${connectorLabel(connector)}`} subtitle={connector.machineName} />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <ConnectorEditor
          connector={connector}
          readOnly={readOnly}
          onCancel={() => void navigate(paths.connector.href(id))}
          onBackToList={() => void navigate(paths.connectors.href())}
          onSaved={({ response }, fields) => {
            notify('success', 'Connector saved');
            const ids = response ?? {
              status: null,
              requestId: null,
              clientRequestId: null,
              date: null,
            };
            const state: SavedState = { saved: { ...ids, fields } };
            void navigate(paths.connector.href(id), { state });
          }}
        />
      </Paper>
    </>
  );
}
