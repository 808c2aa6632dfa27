import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';

import { UnsavedChangesList } from '@/components/unsaved-changes-list';

type SignOutDialogProps = { unsaved: string[]; onCancel: () => void; onConfirm: () => void };

/** Asks before a sign-out would throw away unsaved changes. */
export function SignOutDialog({ unsaved, onCancel, onConfirm }: SignOutDialogProps) {
  const titleId = useId();
  const textId = useId();
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} aria-describedby={textId}>
      <DialogTitle id={titleId}>Sign out and discard unsaved changes?</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>
          Signing out discards these changes in every tab of the app:
        </DialogContentText>
        <UnsavedChangesList unsaved={unsaved} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Keep editing</Button>
        <Button color="error" variant="contained" onClick={onConfirm}>
          Sign out
        </Button>
      </DialogActions>
    </Dialog>
  );
}
