import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import type { BatchProgress } from '@/lib/graph/batch/batch-types';
import { plural } from '@/lib/text/plural';

type BulkProgressProps = {
  progress: BatchProgress | null;
  cancelling: boolean;
  onCancel: () => void;
};

/** n of N, the retries so far, and Cancel, which stops the batches not sent yet. */
export function BulkProgress({ progress, cancelling, onCancel }: BulkProgressProps) {
  const { done = 0, total = 0, retries = 0, waitingMs = null, waitingFor = null } = progress ?? {};
  const seconds = ((waitingMs ?? 0) / 1000).toFixed(1);
  return (
    <Stack spacing={2}>
      <Typography role="status">
        {progress
          ? `${done} of ${total} done · ${plural(retries, 'retry', 'retries')}`
          : 'Checking that nobody changed these connectors since the preview…'}
        {waitingFor === 'retry-after' && ` · waiting ${seconds} s as Graph asked`}
        {waitingFor === 'write-rate' &&
          ` · pausing ${seconds} s to stay under Intune’s limit of about 100 writes per 20 s`}
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
