import Paper from '@mui/material/Paper';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';

import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { changedFields } from '@/features/connectors/api/connector-form';
import { connectorQueries } from '@/features/connectors/api/connector-queries';
import { useUpdateConnector } from '@/features/connectors/api/update-connector';
import { ConnectorForm } from '@/features/connectors/components/connector-form';
import { connectorLabel } from '@/features/connectors/connector-label';
import { useAccessMode } from '@/lib/auth/access-mode';
import { notify } from '@/lib/notifications';

import type { SavedState } from './saved-state';

export function ConnectorEditRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data: connector } = useSuspenseQuery(connectorQueries.detail(id));
  const update = useUpdateConnector();
  const { readOnly } = useAccessMode();

  return (
    <>
      <PageHeader title={`Edit ${connectorLabel(connector)}`} subtitle={connector.machineName} />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <ConnectorForm
          connector={connector}
          isSaving={update.isPending}
          readOnly={readOnly}
          onCancel={() => void navigate(paths.connector.href(id))}
          onSubmit={(patch) =>
            update.mutate(
              { id, patch },
              {
                onSuccess: ({ response }) => {
                  notify('success', 'Connector saved');
                  const state: SavedState = {
                    saved: { ...response, fields: changedFields(patch) },
                  };
                  void navigate(paths.connector.href(id), { state });
                },
              },
            )
          }
          errorSlot={update.error ? <GraphErrorAlert error={update.error} /> : null}
        />
      </Paper>
    </>
  );
}
