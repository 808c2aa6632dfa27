import Paper from '@mui/material/Paper';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useAccessMode } from '@/lib/auth/access-mode';
import { notify } from '@/lib/state/notifications';

import type { SavedState } from '../detail/saved-state';
import type { Connector } from '../model/connector';
import { connectorLabel } from '../model/connector-label';

import { ConnectorEditor } from './connector-editor';

/** The edit screen; a save hands its outcome and Graph's ids to the detail page. */
export function ConnectorEditPage({ connector }: { connector: Connector }) {
  const navigate = useNavigate();
  const { readOnly } = useAccessMode();
  const { id } = connector;

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
