import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { ReactNode } from 'react';

type BulkDialogFrameProps = {
  title: string;
  busy: boolean;
  onClose: () => void;
  children: ReactNode;
  actions: ReactNode;
};

/** A bulk dialog: it cannot be dismissed while requests are on their way (Cancel is the way out). */
export function BulkDialogFrame({ title, busy, onClose, children, actions }: BulkDialogFrameProps) {
  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      maxWidth="lg"
      fullWidth
      aria-labelledby="bulk-title"
    >
      <DialogTitle id="bulk-title">{title}</DialogTitle>
      <DialogContent>{children}</DialogContent>
      {actions && <DialogActions>{actions}</DialogActions>}
    </Dialog>
  );
}
