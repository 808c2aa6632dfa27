import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { RelativeTime } from '@/components/relative-time';
import { TenantSignInAlert } from '@/components/tenant-sign-in-alert';
import { isTenantSignInRequired } from '@/lib/auth/tenant-sign-in';
import { explainError } from '@/lib/graph/explain-error';
import { plural } from '@/lib/text/plural';

import type { TenantLoad } from './use-fleet';

/** "Listed", and what the list lacks: items Graph sent that could not be read, pages not read. */
export function listedText({ unreadable, complete }: Pick<TenantLoad, 'unreadable' | 'complete'>) {
  return [
    'Listed',
    unreadable > 0 &&
      `${plural(unreadable, 'item')} Graph sent could not be read and ${unreadable === 1 ? 'is' : 'are'} left out`,
    !complete && 'incomplete: Graph had more pages than the app reads',
  ]
    .filter(Boolean)
    .join('; ');
}

/** A tenant's row in the summary: loading, listed, or what went wrong there with its fix and ids. */
export function TenantLoadStatus({ load }: { load: TenantLoad }) {
  const spinner = <CircularProgress size={16} aria-label={`Loading ${load.tenant.name}`} />;
  if (load.loading && load.asOf)
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        {spinner}
        <Typography variant="body2">
          As of <RelativeTime value={load.asOf} />
        </Typography>
      </Stack>
    );
  if (load.loading) return spinner;
  if (!load.error) return <Typography variant="body2">{listedText(load)}</Typography>;
  if (isTenantSignInRequired(load.error)) return <TenantSignInAlert error={load.error} dense />;
  const explanation = explainError(load.error);
  return (
    <Stack spacing={0.5} role="alert">
      <Typography variant="body2" color="error">
        {explanation.title}
        {explanation.status
          ? ` (HTTP ${explanation.status}${explanation.code ? `, ${explanation.code}` : ''})`
          : ''}
      </Typography>
      {explanation.hint && <Typography variant="body2">{explanation.hint}</Typography>}
      {explanation.requestId && (
        <Typography variant="body2">
          request-id: <code>{explanation.requestId}</code>
        </Typography>
      )}
      {explanation.retryable && (
        <Button size="small" onClick={load.refetch} sx={{ alignSelf: 'flex-start' }}>
          Retry {load.tenant.name}
        </Button>
      )}
    </Stack>
  );
}
