import Paper from '@mui/material/Paper';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { useAccessMode } from '@/lib/auth/access-mode';
import { notify } from '@/lib/state/notifications';
import { useScopedPaths, useTenantScope } from '@/lib/tenant-scope';

import { ReadOnlyNote } from '../detail/read-only-note';
import { handOver } from '../detail/saved-outcome';
import type { Connector } from '../model/connector';
import { connectorLabel } from '../model/connector-label';
import { changedFields } from '../model/patch';
import { readOnlyReason } from '../model/read-connector';

import { ConnectorEditor } from './connector-editor';

// No PATCH went out: the re-read showed Graph already held the change.
const NO_RESPONSE = { status: null, requestId: null, clientRequestId: null, date: null };

/** The edit screen; a save hands its outcome and Graph's ids to the detail page. */
export function ConnectorEditPage({ connector }: { connector: Connector }) {
  const navigate = useNavigate();
  const paths = useScopedPaths();
  const { tenantId } = useTenantScope();
  const { readOnly } = useAccessMode(tenantId);
  const { id } = connector;

  return (
    <>
      <PageHeader
        title={
          <>
            Edit <bdi>{connectorLabel(connector)}</bdi>
          </>
        }
        subtitle={connector.machineName && <bdi>{connector.machineName}</bdi>}
      />
      <ReadOnlyNote connector={connector} />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <ConnectorEditor
          connector={connector}
          readOnly={readOnly || readOnlyReason(connector) !== null}
          onCancel={() => void navigate(paths.connector(id))}
          onBackToList={() => void navigate(paths.connectors)}
          onSaved={({ input, result }) => {
            notify('success', 'Connector saved');
            const ids = result.response ?? NO_RESPONSE;
            handOver(tenantId, id, { ...ids, fields: changedFields(input.patch) });
            void navigate(paths.connector(id));
          }}
        />
      </Paper>
    </>
  );
}
