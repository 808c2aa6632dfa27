import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect, useId, useRef, useState } from 'react';

import { UnsavedChangesList } from '@/components/unsaved-changes-list';
import { useAuth } from '@/lib/auth/auth-context';
import { watchIdle, type IdleControls } from '@/lib/auth/idle-timer';
import { useUnsavedChangeDescriptions } from '@/lib/state/unsaved-changes';

/** Signs out after `idleTimeoutMinutes` without input in any tab, warning a minute before. */
export function IdleSignOutDialog() {
  const auth = useAuth();
  const [warning, setWarning] = useState(false);
  const controls = useRef<IdleControls | null>(null);
  const unsaved = useUnsavedChangeDescriptions();
  const titleId = useId();
  const textId = useId();
  const timeoutMs = auth.idleTimeoutMinutes * 60_000;

  useEffect(() => {
    if (timeoutMs <= 0) return;
    const watch = watchIdle({
      timeoutMs,
      onWarning: setWarning,
      onTimeout: () => void auth.signOut('idle'),
    });
    controls.current = watch;
    return watch.stop;
  }, [auth, timeoutMs]);

  if (!warning) return null;
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
        <Button
          variant="contained"

          onClick={() => controls.current?.stay()}
        >
          Stay signed in
        </Button>
      </DialogActions>
    </Dialog>
  );
}
