import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';

import { plural } from '@/lib/text/plural';

import type { Connector } from '../model/connector';
import { connectorLabel } from '../model/connector-label';

import { BulkDialogFrame } from './bulk-dialog-frame';
import { deleteItems } from './bulk-requests';
import { bulkRunStage } from './bulk-run-stage';
import { useBulkRun } from './use-bulk-run';

type BulkDeleteDialogProps = { connectors: Connector[]; onClose: () => void };

/** One confirmation that names every connector it deletes; then the same $batch run as a bulk edit. */
export function BulkDeleteDialog({ connectors, onClose }: BulkDeleteDialogProps) {
  const run = useBulkRun();
  const stage = bulkRunStage(run, onClose, 'Back to the confirmation');
  const count = plural(connectors.length, 'connector');
  if (stage) {
    return (
      <BulkDialogFrame
        title={stage.title}
        busy={run.state.step === 'running'}
        onClose={onClose}
        actions={stage.actions}
      >
        {stage.content}
      </BulkDialogFrame>
    );
  }
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
            onClick={() => run.apply(deleteItems(connectors))}
          >
            {`Delete ${count}`}
          </Button>
        </>
      }
    >
      <Alert severity="warning" sx={{ mb: 2 }}>
        Intune keeps no copy: a deleted connector object is gone. A connector still installed on a
        server enrolls again as a new object.
      </Alert>
      <List dense aria-label="Connectors to delete">
        {connectors.map((connector) => (
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
}
