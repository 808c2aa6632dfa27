import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';

import type { Connector } from '../model/connector';
import { readOnlyReason } from '../model/read-connector';

export const READ_ONLY_NOTE_ID = 'connector-read-only-note';

/** Why this connector cannot be edited here, where Edit would be. */
export function ReadOnlyNote({ connector }: { connector: Connector }) {
  const reason = readOnlyReason(connector);
  if (!reason) return null;
  return (
    <Alert severity="info" id={READ_ONLY_NOTE_ID} sx={{ mb: 2, overflowWrap: 'anywhere' }}>
      <AlertTitle>Read-only: unknown state</AlertTitle>
      <bdi>{reason}</bdi>
    </Alert>
  );
}
