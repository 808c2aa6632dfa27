import { GraphErrorAlert } from '@/components/graph-error-alert';

type SaveErrorAlertProps = {
  error: unknown;
  /** The connector is gone (404): the draft is what survives. */
  deleted: boolean;
  onBackToList: () => void;
  onSendAgain?: () => void;
};

export function SaveErrorAlert({ error, deleted, onBackToList, onSendAgain }: SaveErrorAlertProps) {
  return deleted ? (
    <GraphErrorAlert
      error={error}
      nextStep={{ label: 'Back to connectors', onClick: onBackToList }}
    >
      Your changes are kept as a draft in this tab.
    </GraphErrorAlert>
  ) : (
    <GraphErrorAlert
      error={error}
      retryLabel="Send again"
      // The save re-reads first, so a change that did arrive is reported, not sent twice.
      onRetry={onSendAgain}
    />
  );
}
