import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';

import { UnsavedChangesList } from '@/components/unsaved-changes-list';
import { useUnsavedChangeDescriptions } from '@/lib/state/unsaved-changes';

type IdleSignOutDialogProps = { onStay: () => void };

/** The last minute before the idle sign-out: what would be lost, and a way to stay. */
export function IdleSignOutDialog({ onStay }: IdleSignOutDialogProps) {
  const unsaved = useUnsavedChangeDescriptions();
  const titleId = useId();
  const textId = useId();
  return (
    <Dialog open aria-labelledby={titleId} aria-describedby={textId}>
      <DialogTitle id={titleId}>You will be signed out in a minute</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>
          The app has not been used for a while, so it will sign you out.
          {unsaved.length > 0 && ' These unsaved changes will be lost:'}
        </DialogContentText>
        <UnsavedChangesList unsaved={unsaved} />
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onStay}>
          Stay signed in
        </Button>
      </DialogActions>
    </Dialog>
  );
}
