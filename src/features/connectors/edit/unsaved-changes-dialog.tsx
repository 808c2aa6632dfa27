import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

type UnsavedChangesDialogProps = { open: boolean; onStay: () => void; onDiscard: () => void };

export function UnsavedChangesDialog({ open, onStay, onDiscard }: UnsavedChangesDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onStay}
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-text"
    >
      <DialogTitle id="unsaved-title">Discard unsaved changes?</DialogTitle>
      <DialogContent>
        <DialogContentText id="unsaved-text">
          You changed this connector but have not saved. Leaving discards your changes.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onDiscard} color="error">
          Discard changes
        </Button>
        <Button variant="contained" onClick={onStay}>
          Keep editing
        </Button>
      </DialogActions>
    </Dialog>
  );
}
