import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

import { SignInToContinue } from '@/components/sign-in-to-continue';
import { plural } from '@/lib/text/plural';

import { BulkResults } from './bulk-results';
import type { RunEvent, RunState } from './bulk-run-flow';

type Paused = Extract<RunState<unknown>, { step: 'paused' }>;

/** A run paused for a sign-in: what was answered, and the way to go on with the rest. */
export function pausedStage(state: Paused, dispatch: (event: RunEvent) => void) {
  const unsent = new Set(state.unsent.map((item) => item.request.id));
  const answered = state.previous.filter(({ item }) => !unsent.has(item.request.id));
  const waiting = plural(state.unsent.length, 'request');
  return {
    title: 'Sign in again to continue',
    busy: state.signIn.mode === 'popup' || state.signIn.mode === 'redirecting',
    content: (
      <Stack spacing={2}>
        <SignInToContinue
          step={state.signIn}
          kept={`${plural(answered.length, 'connector')} answered before the pause: their results are below and already in the Changes log.`}
          next={`The ${waiting} not sent yet go after you sign in, and nothing is sent twice.`}
          afterRedirect={`The ${waiting} not sent yet are not sent by themselves afterwards: select those connectors again to send them.`}
          onEvent={dispatch}
        />
        {answered.length > 0 && <BulkResults results={answered} />}
      </Stack>
    ),
    actions: (
      <Button onClick={() => dispatch({ type: 'cancel' })} disabled={state.signIn.mode !== 'idle'}>
        {`Stop here (leave ${waiting} unsent)`}
      </Button>
    ),
  };
}
