import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

import { formatExact } from '@/lib/date-time';

import type { StoredDraft } from './draft-store';

type DraftOfferProps = { draft: StoredDraft; onRestore: () => void; onDiscard: () => void };

export function DraftOffer({ draft, onRestore, onDiscard }: DraftOfferProps) {
  return (
    <Alert
      severity="info"
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
    </Alert>
  );
}
