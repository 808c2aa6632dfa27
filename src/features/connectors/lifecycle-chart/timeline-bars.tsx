import { useDrawingArea, useXScale, useYScale } from '@mui/x-charts/hooks';

import { plural } from '@/lib/text/plural';

import { STATUS_LOOKS } from '../lifecycle/status-looks';
import type { TimelineRow } from '../lifecycle/version-timeline';

import { TimelineMarker } from './timeline-marker';
import { patternId } from './timeline-patterns';

type TimelineBarsProps = { rows: TimelineRow[]; today: number; chartId: string };

/**
 * Each version's stretches as patterned bars on the time axis, and in the right margin its marker and
 * how many connectors run it, with its status in words.
 */
export function TimelineBars({ rows, today, chartId }: TimelineBarsProps) {
  const x = useXScale<'time'>();
  const y = useYScale<'band'>();
  const area = useDrawingArea();
  const band = y.bandwidth();
  return (
    <g>
      {rows.map((row) => {
        const top = y(row.version) ?? 0;
        const middle = top + band / 2;
        const labelX = area.left + area.width + 16;
        return (
          <g key={row.version}>
            {row.segments.map((segment) => (
              <rect
                key={segment.status}
                x={x(new Date(segment.from))}
                width={Math.max(1, x(new Date(segment.to)) - x(new Date(segment.from)))}
                y={top + band * 0.2}
                height={band * 0.6}
                fill={`url(#${patternId(chartId, segment.status)})`}
                stroke={STATUS_LOOKS[segment.status].color}
              />
            ))}
            {row.connectors > 0 && (
              <TimelineMarker status={row.status.kind} x={x(new Date(today))} y={middle} />
            )}
            <TimelineMarker status={row.status.kind} x={labelX} y={middle} size={10} />
            <text
              x={labelX + 12}
              y={middle}
              dominantBaseline="central"
              fontSize={13}
              fill="var(--mui-palette-text-primary)"
            >
              {plural(row.connectors, 'connector')} · {STATUS_LOOKS[row.status.kind].label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
