import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import { useId, useState } from 'react';

import { UnsavedChangesList } from '@/components/unsaved-changes-list';

type SignOutDialogProps = {
  unsaved: string[];
  /** Offered when the app keeps snapshots: "Also forget this browser's snapshots". */
  canForget?: boolean;
  onCancel: () => void;
  onConfirm: (forget: boolean) => void;
};

/** Asks before a sign-out would throw away unsaved changes. */
export function SignOutDialog({ unsaved, canForget, onCancel, onConfirm }: SignOutDialogProps) {
  const titleId = useId();
  const textId = useId();
  const [forget, setForget] = useState(false);
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} aria-describedby={textId}>
      <DialogTitle id={titleId}>Sign out and discard unsaved changes?</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>
          Signing out discards these changes in every tab of the app:
        </DialogContentText>
        <UnsavedChangesList unsaved={unsaved} />
        {canForget && (
          <FormControlLabel
            control={<Checkbox checked={forget} onChange={(_, on) => setForget(on)} />}
            label="Also forget this browser's snapshots of connector lists"
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Keep editing</Button>
        <Button color="error" variant="contained" onClick={() => onConfirm(forget)}>
          Sign out
        </Button>
      </DialogActions>
    </Dialog>
  );
}
