import { GraphErrorAlert } from '@/components/graph-error-alert';
import { SignInToContinue } from '@/components/sign-in-to-continue';
import type { SignInEvent } from '@/lib/auth/sign-in-step';

import { ConnectorNow } from './connector-now';
import type { DeleteState } from './delete-flow';

/** What became of the last attempt, inside the dialog: the connector is kept in every case here. */
export function DeleteStatus({
  state,
  onRecheck,
  onSignIn,
}: {
  state: DeleteState;
  onRecheck: () => void;
  onSignIn: (event: SignInEvent) => void;
}) {
  switch (state.step) {
    case 'paused':
      return (
        <SignInToContinue
          step={state.signIn}
          kept="The connector was not deleted: no DELETE was sent."
          next="After you sign in, it is read once more and then deleted."
          afterRedirect="Afterwards, open this dialog again to delete it."
          onEvent={onSignIn}
        />
      );
    case 'failed':
      return <GraphErrorAlert error={state.error} heading="The connector was not deleted" />;
    case 'still-there':
      return (
        <GraphErrorAlert
          error={state.error}
          severity="warning"
          heading="No answer came back; the connector is still there"
        >
          Reading it again found it in the tenant, so nothing was deleted. You can delete it again.
        </GraphErrorAlert>
      );
    case 'unconfirmed':
      return (
        <GraphErrorAlert
          error={state.checkError}
          severity="warning"
          heading="No answer came back, and the connector could not be read again"
          nextStep={{ label: 'Check again', onClick: onRecheck }}
        >
          It may or may not be deleted. Check again before deleting it again.
        </GraphErrorAlert>
      );
    case 'changed':
      return <ConnectorNow connector={state.current} reason={state.reason} />;
    default:
      return null;
  }
}
