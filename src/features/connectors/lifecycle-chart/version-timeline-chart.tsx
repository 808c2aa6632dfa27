import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ChartsContainer } from '@mui/x-charts/ChartsContainer';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { ChartsXAxis } from '@mui/x-charts/ChartsXAxis';
import { ChartsYAxis } from '@mui/x-charts/ChartsYAxis';
import { useId, useMemo, useState } from 'react';

import { formatDay } from '../lifecycle/calendar-dates';
import { releaseTable, type ReleaseTable } from '../lifecycle/release-table';
import { versionTimeline, type TimelineConnector } from '../lifecycle/version-timeline';

import { TimelineBars } from './timeline-bars';
import { TimelineLegend } from './timeline-legend';
import { TimelinePatterns } from './timeline-patterns';
import { timelineSummary } from './timeline-summary';
import { TimelineTable } from './timeline-table';

export type VersionTimelineChartProps = {
  connectors: readonly TimelineConnector[];
  /** The release table to place versions on; the shipped one by default. */
  table?: ReleaseTable;
  now: number;
  /** Across tenants: the table adds how many tenants run each version. */
  fleet?: boolean;
};

const ROW_HEIGHT = 40;
const SHIPPED_TABLE = releaseTable();
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The connectors' versions on the support timeline (MUI X Charts), with its data as a table. */
export function VersionTimelineChart({
  connectors,
  table = SHIPPED_TABLE,
  now,
  fleet = false,
}: VersionTimelineChartProps) {
  const timeline = useMemo(() => versionTimeline(connectors, table, now), [connectors, table, now]);
  const [showTable, setShowTable] = useState(false);
  const chartId = `timeline-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const summary = timelineSummary(timeline, fleet);
  const caption = `Connector versions on the support timeline, today ${formatDay(isoDay(now))}`;
  return (
    <Stack spacing={1} component="figure" sx={{ m: 0 }} aria-labelledby={`${chartId}-title`}>
      <Typography variant="h2" id={`${chartId}-title`}>
        Version timeline
      </Typography>
      <Typography variant="body2" component="figcaption">
        {summary}
      </Typography>
      <ChartsContainer
        height={timeline.rows.length * ROW_HEIGHT + 64}
        margin={{ top: 24, right: 270, bottom: 0, left: 0 }}
        series={[]}
        // With no series there is nothing to move between: MUI X's keyboard navigation would only add an
        // empty, unnamed tab stop. The caption and the table say what the chart shows.
        disableKeyboardNavigation
        xAxis={[
          {
            id: 'time',
            scaleType: 'time',
            min: new Date(timeline.start),
            max: new Date(timeline.end),
            valueFormatter: (date: Date) =>
              date.toLocaleDateString('en-GB', {
                month: 'short',
                year: 'numeric',
                timeZone: 'UTC',
              }),
          },
        ]}
        yAxis={[
          {
            id: 'versions',
            scaleType: 'band',
            data: timeline.rows.map((row) => row.version),
            width: 110,
          },
        ]}
      >
        <TimelinePatterns chartId={chartId} />
        <TimelineBars rows={timeline.rows} today={timeline.today} chartId={chartId} />
        <ChartsReferenceLine
          x={new Date(timeline.today)}
          label="Today"
          labelAlign="start"
          lineStyle={{ stroke: 'var(--mui-palette-text-primary)', strokeDasharray: '4 3' }}
          labelStyle={{ fill: 'var(--mui-palette-text-primary)' }}
        />
        <ChartsXAxis axisId="time" />
        <ChartsYAxis axisId="versions" />
      </ChartsContainer>
      <TimelineLegend />
      <div>
        <Button
          size="small"
          aria-expanded={showTable}
          aria-controls={`${chartId}-table`}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? 'Hide the table' : 'Show as a table'}
        </Button>
      </div>
      {showTable && (
        <TimelineTable
          rows={timeline.rows}
          caption={caption}
          fleet={fleet}
          id={`${chartId}-table`}
        />
      )}
    </Stack>
  );
}
