import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';

import { plural } from '@/lib/text/plural';

import type { Connector } from '../model/connector';
import { connectorLabel } from '../model/connector-label';

import { BulkDialogFrame } from './bulk-dialog-frame';
import { bulkDeleteFlow, startConfirming } from './bulk-flow';
import { runStage } from './bulk-run-stage';
import { useBulkFlow } from './use-bulk-flow';

type BulkDeleteDialogProps = { connectors: Connector[]; onClose: () => void };

/** One confirmation that names every connector it deletes; then the same $batch run as a bulk edit. */
export function BulkDeleteDialog({ connectors, onClose }: BulkDeleteDialogProps) {
  const { state, dispatch } = useBulkFlow(bulkDeleteFlow, connectors, startConfirming);
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
              <Button color="error" variant="contained" onClick={() => dispatch({ type: 'apply' })}>
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
              <ListItem key={connector.id}>
                <ListItemText
                  primary={connectorLabel(connector)}
                  secondary={connector.machineName ?? 'No machine name'}
                />
              </ListItem>
            ))}
          </List>
        </BulkDialogFrame>
      );
    case 'running':
    case 'done':
    case 'error':
      return runStage(state, dispatch, onClose, 'Back to the confirmation');
  }
}
