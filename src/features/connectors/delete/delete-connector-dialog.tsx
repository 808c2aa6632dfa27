import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent } from 'react';

import { useNow } from '@/lib/use-now';

import { isLongInactive } from '../health/assess-health';
import { HealthChip } from '../health/health-chip';
import { HealthReasons } from '../health/health-reasons';
import { useHealthSettings } from '../health/health-settings';
import { useHealthOf, type ConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../model/connector';
import { connectorLabel } from '../model/connector-label';
import { formatField } from '../model/format-field';

import { canConfirm } from './delete-flow';
import { DeleteStatus } from './delete-status';
import type { DeleteConnectorControls } from './use-delete-connector';

type DeleteConnectorDialogProps = { connector: Connector; flow: DeleteConnectorControls };

/** A leftover or long-inactive connector is deleted without typing its name; any other needs it. */
function useNeedsTypedName(connector: Connector, health: ConnectorHealth | undefined) {
  const settings = useHealthSettings();
  const now = useNow();
  return !health?.leftover && !isLongInactive(connector, settings, now);
}

/** Names what is about to go; nothing is sent before Delete. */
export function DeleteConnectorDialog({ connector, flow }: DeleteConnectorDialogProps) {
  const titleId = useId();
  const health = useHealthOf(connector);
  const needsTypedName = useNeedsTypedName(connector, health);
  const [typed, setTyped] = useState('');
  const label = connectorLabel(connector);
  const { state } = flow;
  const busy =
    state.step === 'deleting' ||
    state.step === 'checking' ||
    (state.step === 'paused' && state.signIn.mode !== 'idle');
  const enabled = canConfirm(state) && (!needsTypedName || typed.trim() === label.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (enabled) flow.confirm();
  };
  return (
    <Dialog
      open={state.step !== 'closed' && state.step !== 'gone'}
      onClose={flow.cancel}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      slotProps={{ transition: { onExited: () => setTyped('') } }}
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>Delete “{label}”?</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Stack component="dl" spacing={0.5} sx={{ m: 0, '& dd': { m: 0, mb: 1 } }}>
              <dt>Machine</dt>
              <dd>{formatField('machineName', connector.machineName)}</dd>
              <dt>Health</dt>
              <dd>
                {health ? <HealthChip level={health.level} /> : 'Not assessed'}
                {health && <HealthReasons health={health} variant="body2" />}
              </dd>
              <dt>Last connection</dt>
              <dd>{formatField('lastConnectionDateTime', connector.lastConnectionDateTime)}</dd>
            </Stack>
            <DialogContentText>
              Graph removes the connector object from Intune. A connector still installed on its
              server enrolls again as a new object.
            </DialogContentText>
            {needsTypedName && (
              <TextField
                label="Type the connector’s name to confirm"
                helperText={`Type “${label}”: this connector is not a leftover or long inactive.`}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                autoComplete="off"
                disabled={busy}
              />
            )}
            <DeleteStatus state={state} onRecheck={flow.recheck} onSignIn={flow.dispatch} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={flow.cancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" color="error" variant="contained" disabled={!enabled}>
            {busy ? 'Deleting…' : state.step === 'changed' ? 'Delete anyway' : 'Delete'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
