import { STATUS_LOOKS, type TimelineStatus } from '../lifecycle/status-looks';

/** The id of a status's fill pattern inside one chart (`chartId` keeps two charts' ids apart). */
export const patternId = (chartId: string, status: TimelineStatus) => `${chartId}-${status}`;

const SHAPES = {
  solid: null,
  diagonal: <path d="M0 8 L8 0" strokeWidth={2} />,
  crosshatch: <path d="M0 8 L8 0 M0 0 L8 8" strokeWidth={1.5} />,
  dots: <circle cx={4} cy={4} r={1.6} strokeWidth={0} />,
} as const;

/** SVG fill patterns, one per status: solid, diagonal lines, cross-hatching or dots. */
export function TimelinePatterns({ chartId, only }: { chartId: string; only?: TimelineStatus }) {
  const looks = Object.entries(STATUS_LOOKS).filter(([status]) => !only || status === only);
  return (
    <defs>
      {looks.map(([status, look]) => (
        <pattern
          key={status}
          id={patternId(chartId, status as TimelineStatus)}
          width={8}
          height={8}
          patternUnits="userSpaceOnUse"
        >
          <rect
            width={8}
            height={8}
            fill={look.color}
            opacity={look.pattern === 'solid' ? 0.35 : 0.12}
          />
          <g stroke={look.color} fill={look.color}>
            {SHAPES[look.pattern]}
          </g>
        </pattern>
      ))}
    </defs>
  );
}
