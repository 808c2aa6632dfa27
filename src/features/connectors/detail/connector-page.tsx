import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { Link as RouterLink } from 'react-router';

import { lazyPart } from '@/components/lazy-part';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useAccessMode } from '@/lib/auth/access-mode';
import { preloadRoute } from '@/lib/route-preload';
import { useScopedPaths, useTenantScope } from '@/lib/tenant-scope';

import { useDeleteConnector } from '../delete/use-delete-connector';
import { ConnectorHealthPanel } from '../health/connector-health-panel';
import type { Connector } from '../model/connector';
import { connectorLabel } from '../model/connector-label';
import { readOnlyReason } from '../model/read-connector';

import { ConnectorDetails } from './connector-details';
import { READ_ONLY_NOTE_ID, ReadOnlyNote } from './read-only-note';
import { SaveOutcomeAlert } from './save-outcome-alert';
import { useSavedOutcome } from './saved-outcome';

// The dialog (Dialog, TextField and the rest) loads on first Delete, keeping it out of the first page.
const DeleteConnectorDialog = lazyPart(
  async () => (await import('../delete/delete-connector-dialog')).DeleteConnectorDialog,
  { what: 'The delete dialog', close: (props) => props.flow.cancel },
);

/** One connector: its health, every property, and the outcome of the save that led here. */
export function ConnectorPage({ connector }: { connector: Connector }) {
  const { tenantId } = useTenantScope();
  const { readOnly } = useAccessMode(tenantId);
  const { saved, dismiss } = useSavedOutcome(tenantId, connector.id);
  const blocked = readOnlyReason(connector) !== null;
  const deletion = useDeleteConnector(connector);
  const scoped = useScopedPaths();

  return (
    <>
      <PageHeader
        title={<bdi>{connectorLabel(connector)}</bdi>}
        subtitle={connector.machineName && <bdi>{connector.machineName}</bdi>}
        actions={
          <Stack direction="row" spacing={1}>
            <Button
              variant="contained"
              startIcon={<EditIcon />}
              component={RouterLink}
              to={scoped.connectorEdit(connector.id)}
              disabled={readOnly || blocked}
              aria-describedby={blocked ? READ_ONLY_NOTE_ID : undefined}
              onMouseEnter={() => preloadRoute(paths.connectorEdit.path)}
              onFocus={() => preloadRoute(paths.connectorEdit.path)}
            >
              Edit
            </Button>
            <Button
              color="error"
              variant="outlined"
              startIcon={<DeleteIcon />}
              aria-haspopup="dialog"
              onClick={deletion.open}
              disabled={readOnly}
            >
              Delete
            </Button>
          </Stack>
        }
      />
      <ReadOnlyNote connector={connector} />
      {saved && <SaveOutcomeAlert saved={saved} onClose={dismiss} />}
      <Stack spacing={2}>
        <ConnectorHealthPanel
          connector={connector}
          onDeleteLeftover={readOnly ? undefined : deletion.open}
        />
        <Paper variant="outlined" sx={{ p: 2 }}>
          <ConnectorDetails connector={connector} />
        </Paper>
      </Stack>
      {/* Stays mounted after the first open so closing animates and hands focus back. */}
      {deletion.wasOpened && <DeleteConnectorDialog connector={connector} flow={deletion} />}
    </>
  );
}
