import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

import { Chip } from '@/components/ui/chip';
import { plural } from '@/lib/text/plural';

import { HealthChip } from '../health/health-chip';
import type { ConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../model/connector';
import { connectorLabel } from '../model/connector-label';
import { formatField } from '../model/format-field';

import { BulkDialogFrame } from './bulk-dialog-frame';
import { bulkDeleteFlow, startConfirming } from './bulk-flow';
import { runStage } from './bulk-run-stage';
import { guardPassed, guardWords } from './delete-guard';
import { useBulkFlow } from './use-bulk-flow';
import { useDeleteGuard } from './use-delete-guard';

type BulkDeleteDialogProps = { connectors: Connector[]; onClose: () => void };

function BulkHealth({ health }: { health: ConnectorHealth | undefined }) {
  if (!health) return null;
  return (
    <Stack direction="row" spacing={1}>
      {health.leftover && <Chip label="Reinstall leftover" />}
      <HealthChip level={health.level} />
    </Stack>
  );
}

/** One confirmation that names every connector it deletes; then the same $batch run as a bulk edit. */
export function BulkDeleteDialog({ connectors, onClose }: BulkDeleteDialogProps) {
  const { state, dispatch } = useBulkFlow(bulkDeleteFlow, connectors, startConfirming);
  const { health, guard } = useDeleteGuard(connectors);
  const [typed, setTyped] = useState('');
  const count = plural(connectors.length, 'connector');
  switch (state.step) {
    case 'confirming':
      return (
        <BulkDialogFrame
          title={`Delete ${count}?`}
          busy={false}
          onClose={onClose}
          actions={
            <>
              <Button onClick={onClose}>Keep them</Button>
              <Button
                color="error"
                variant="contained"
                disabled={!guardPassed(guard, typed)}
                onClick={() => dispatch({ type: 'apply' })}
              >
                {`Delete ${count}`}
              </Button>
            </>
          }
        >
          <Alert severity="warning" sx={{ mb: 2 }}>
            Intune keeps no copy: a deleted connector object is gone. A connector still installed on
            a server enrolls again as a new object.
          </Alert>
          <List dense aria-label="Connectors to delete">
            {state.connectors.map((connector) => (
              <ListItem
                key={connector.id}
                secondaryAction={<BulkHealth health={health.get(connector.id)} />}
              >
                <ListItemText
                  primary={connectorLabel(connector)}
                  secondary={`${connector.machineName ?? 'No machine name'} · last connection ${formatField('lastConnectionDateTime', connector.lastConnectionDateTime)}`}
                />
              </ListItem>
            ))}
          </List>
          {guard.risky > 0 && (
            <TextField
              label="Number of connectors to delete"
              helperText={guardWords(guard)}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              inputMode="numeric"
              sx={{ mt: 2 }}
            />
          )}
        </BulkDialogFrame>
      );
    case 'running':
    case 'paused':
    case 'done':
    case 'error':
      return runStage(state, dispatch, onClose, 'Back to the confirmation');
  }
}
