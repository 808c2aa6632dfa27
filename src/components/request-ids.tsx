import { Typography } from '@/components/ui/typography';
import type { GraphRequestIds } from '@/lib/graph/graph-error';

import { CopyButton } from './copy-button';

const ROWS = [
  ['requestId', 'request-id'],
  ['clientRequestId', 'client-request-id'],
  ['date', 'Date'],
] as const;

/** The ids an admin quotes to Microsoft support or matches in Intune's audit log, each copyable. */
export function RequestIds({ ids }: { ids: GraphRequestIds }) {
  const rows = ROWS.filter(([key]) => ids[key]);
  if (rows.length === 0) return null;
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 8, margin: 0 }}>
      {rows.map(([key, label]) => (
        <div key={key} style={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" style={{ fontWeight: 600 }}>
            {label}
          </Typography>
          <Typography
            component="dd"
            variant="body2"
            style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
          >
            {ids[key]}
            <CopyButton value={ids[key] ?? ''} label={`Copy ${label}`} />
          </Typography>
        </div>
      ))}
    </dl>
  );
}
