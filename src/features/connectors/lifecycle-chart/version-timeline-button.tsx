import { Suspense, useId, useState } from 'react';

import { CodeBoundary } from '@/components/code-boundary';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { Typography } from '@/components/ui/typography';
import { lazyCode } from '@/lib/lazy-code';
import { useNow } from '@/lib/use-now';
import { withMui } from '@/theme/with-mui';

import type { ReleaseTable } from '../lifecycle/release-table';
import type { TimelineConnector } from '../lifecycle/version-timeline';

// MUI X Charts and the chart's code load only once the timeline is opened: not on the first page.
const VersionTimelineChart = lazyCode(
  withMui(async () => (await import('./version-timeline-chart')).VersionTimelineChart),
);

type VersionTimelineButtonProps = {
  connectors: readonly TimelineConnector[];
  /** Across tenants: counts tenants per version too. */
  fleet?: boolean;
  table?: ReleaseTable;
};

/** "Show version timeline": opens the connectors' versions on the support timeline below it. */
export function VersionTimelineButton({ connectors, fleet, table }: VersionTimelineButtonProps) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const now = useNow();
  return (
    <div>
      <Button
        variant="outlined"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide version timeline' : 'Show version timeline'}
      </Button>
      {open && (
        <section id={regionId} aria-label="Version timeline" style={{ marginTop: 8 }}>
          <CodeBoundary what="The version timeline" onClose={() => setOpen(false)}>
            <Suspense fallback={<TimelineLoading />}>
              <VersionTimelineChart connectors={connectors} fleet={fleet} table={table} now={now} />
            </Suspense>
          </CodeBoundary>
        </section>
      )}
    </div>
  );
}

function TimelineLoading() {
  return (
    <div role="status">
      <Typography variant="body2">Loading the version timeline…</Typography>
      <Skeleton variant="rectangular" height={160} />
    </div>
  );
}
