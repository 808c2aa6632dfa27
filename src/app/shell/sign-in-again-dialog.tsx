import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';

import { AuthErrorText } from '@/features/auth/components/auth-error-text';
import { useAuth } from '@/lib/auth/auth-context';
import { signInPrompt, type SignInPrompt } from '@/lib/auth/sign-in-prompt';

/** The way back when a token needs the user: says why, keeps the draft, and waits for a click. */
type SignInAgainDialogProps = { prompt: SignInPrompt };

export function SignInAgainDialog({ prompt }: SignInAgainDialogProps) {
  const auth = useAuth();
  const titleId = useId();
  const textId = useId();
  return (
    <Dialog
      open
      onClose={() => signInPrompt.set(null)}
      aria-labelledby={titleId}
      aria-describedby={textId}
    >
      <DialogTitle id={titleId}>Your sign-in needs you</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>
          <AuthErrorText prompt={prompt} /> Your unsaved changes are kept.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => signInPrompt.set(null)}>Not now</Button>
        <Button variant="contained" onClick={() => void auth.signIn()}>
          Sign in again
        </Button>
      </DialogActions>
    </Dialog>
  );
}
