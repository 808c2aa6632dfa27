import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

import { formatExact } from '@/lib/date-time';

import type { StoredDraft } from './draft-store';

type DraftOfferProps = {
  draft: StoredDraft;
  /** Labels of the fields someone else changed since, which the draft changes too. */
  contested: string[];
  onRestore: () => void;
  onDiscard: () => void;
};

export function DraftOffer({ draft, contested, onRestore, onDiscard }: DraftOfferProps) {
  return (
    <Alert
      severity={contested.length > 0 ? 'warning' : 'info'}
      sx={{ mb: 2 }}
      action={
        <Stack direction="row" spacing={1}>
          <Button color="inherit" size="small" onClick={onRestore}>
            Restore draft
          </Button>
          <Button color="inherit" size="small" onClick={onDiscard}>
            Discard draft
          </Button>
        </Stack>
      }
    >
      You have unsaved changes to this connector from {formatExact(draft.savedAt)}.
      {contested.length > 0 &&
        ` Since then, someone else changed ${contested.join(', ')}: restoring puts your ${
          contested.length === 1 ? 'value' : 'values'
        } back over theirs. The review before saving shows both.`}
    </Alert>
  );
}
