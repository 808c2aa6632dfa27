import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import type { BatchProgress } from '@/lib/graph/batch/batch-types';

type BulkProgressProps = {
  progress: BatchProgress | null;
  cancelling: boolean;
  onCancel: () => void;
};

/** n of N, the retries so far, and Cancel, which stops the batches not sent yet. */
export function BulkProgress({ progress, cancelling, onCancel }: BulkProgressProps) {
  const { done = 0, total = 0, retries = 0, waitingMs = null } = progress ?? {};
  return (
    <Stack spacing={2}>
      <Typography role="status">
        {progress
          ? `${done} of ${total} done · ${retries} ${retries === 1 ? 'retry' : 'retries'}`
          : 'Checking that nobody changed these connectors since the preview…'}
        {waitingMs !== null && ` · waiting ${(waitingMs / 1000).toFixed(1)} s as Graph asked`}
      </Typography>
      <LinearProgress
        variant={progress ? 'determinate' : 'indeterminate'}
        value={total > 0 ? (done / total) * 100 : 0}
        aria-label="Bulk change progress"
      />
      <div>
        <Button onClick={onCancel} disabled={cancelling} variant="outlined">
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </Button>
      </div>
    </Stack>
  );
}
