import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';

import { RequestIds } from '@/components/request-ids';

import { fieldList } from '../model/connector';

import type { SavedOutcome } from './saved-outcome';

type SaveOutcomeAlertProps = { saved: SavedOutcome; onClose: () => void };

/** What the last save did, with Graph's ids for it: the proof an admin matches in Intune's audit log. */
export function SaveOutcomeAlert({ saved, onClose }: SaveOutcomeAlertProps) {
  const fields = saved.fields.map(
    (key) => fieldList.find((field) => field.key === key)?.label ?? key,
  );
  const alreadyApplied = saved.status === null;
  return (
    <Alert severity="success" sx={{ mb: 2 }} onClose={onClose}>
      <AlertTitle>
        Saved: {fields.join(', ')} ({alreadyApplied ? 'already applied' : `HTTP ${saved.status}`})
      </AlertTitle>
      {alreadyApplied && (
        <Typography variant="body2">
          Graph already held these values when the app checked before sending, so nothing was sent
          again. An earlier attempt went through although its answer was lost.
        </Typography>
      )}
      <RequestIds ids={saved} />
    </Alert>
  );
}
