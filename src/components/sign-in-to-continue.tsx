import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import type { SignInEvent, SignInStep } from '@/lib/auth/sign-in-step';

type SignInToContinueProps = {
  step: SignInStep;
  /** What was done and is kept, e.g. "12 of 21 were answered; their results are in the Changes log." */
  kept: string;
  /** What the sign-in lets go on, e.g. "The 9 not sent yet go after you sign in, none twice." */
  next: string;
  /** What a redirect leaves undone, e.g. "Open the dialog again to send the 9 not sent." */
  afterRedirect: string;
  onEvent: (event: SignInEvent) => void;
};

const errorText = (error: unknown) =>
  error instanceof Error ? error.message : 'The sign-in did not complete.';

/**
 * A run or a delete paused because a token needs the admin: sign in with a popup (the page stays and
 * the work goes on), or, only once the admin agrees, with a redirect that leaves the page.
 */
export function SignInToContinue({
  step,
  kept,
  next,
  afterRedirect,
  onEvent,
}: SignInToContinueProps) {
  if (step.mode === 'asking' || step.mode === 'redirecting') {
    return (
      <Alert severity="warning">
        <AlertTitle>Leave this page to sign in?</AlertTitle>
        <Typography variant="body2">
          A redirect takes this page to Microsoft’s sign-in and back. {kept} {afterRedirect}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button
            onClick={() => onEvent({ type: 'keep-waiting' })}
            disabled={step.mode !== 'asking'}
          >
            Stay on this page
          </Button>
          <Button
            variant="contained"
            onClick={() => onEvent({ type: 'redirect' })}
            disabled={step.mode !== 'asking'}
          >
            {step.mode === 'asking' ? 'Leave and sign in' : 'Leaving for sign-in…'}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const signingIn = step.mode === 'popup';
  return (
    <Alert severity="warning">
      <AlertTitle>Sign in again to continue</AlertTitle>
      <Typography variant="body2">
        Your sign-in needs renewing, so nothing more was sent. {kept} {next}
      </Typography>
      {step.mode === 'idle' && step.error !== null && (
        <Typography variant="body2" role="alert" sx={{ mt: 1 }}>
          {errorText(step.error)}
        </Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button
          variant="contained"
          onClick={() => onEvent({ type: 'sign-in' })}
          disabled={signingIn}
        >
          {signingIn ? 'Signing in…' : 'Sign in'}
        </Button>
        <Button onClick={() => onEvent({ type: 'ask-redirect' })} disabled={signingIn}>
          Sign in with a redirect instead
        </Button>
      </Stack>
    </Alert>
  );
}
