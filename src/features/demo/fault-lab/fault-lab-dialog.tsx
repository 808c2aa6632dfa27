import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import { useId } from 'react';

import type { DemoControls } from '../model/demo-controls';

import { ArmFaultForm } from './arm-fault-form';
import { ArmedFaultList } from './armed-fault-list';
import { ComeBackForm } from './come-back-form';
import { PatchResponseSwitch } from './patch-response-switch';
import { SignInFaultForm } from './sign-in-fault-form';

type FaultLabDialogProps = { demo: DemoControls; open: boolean; onClose: () => void };

/** Demo mode's presenter panel: make the mock Graph fail on purpose and watch the app cope. */
export function FaultLabDialog({ demo, open, onClose }: FaultLabDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
    >
      <DialogTitle id={titleId}>Fault lab</DialogTitle>
      <DialogContent>
        <Stack spacing={3}>
          <DialogContentText id={descriptionId}>
            Make the demo tenant’s Graph fail the next requests to one place, then use the app as
            usual to show how it copes. Nothing here reaches Microsoft.
          </DialogContentText>
          <ArmFaultForm faults={demo.faults} />
          <ComeBackForm faults={demo.faults} />
          <SignInFaultForm />
          <Divider />
          <ArmedFaultList faults={demo.faults} />
          <Divider />
          <PatchResponseSwitch demo={demo} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
