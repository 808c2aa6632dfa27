import { STATUS_LOOKS, type TimelineStatus } from '../lifecycle/status-looks';

type TimelineMarkerProps = { status: TimelineStatus; x: number; y: number; size?: number };

/** A status's marker shape (circle, triangle, square, cross or diamond), centred on x, y. */
export function TimelineMarker({ status, x, y, size = 12 }: TimelineMarkerProps) {
  const { color, marker } = STATUS_LOOKS[status];
  const r = size / 2;
  const shape = {
    circle: <circle cx={x} cy={y} r={r} />,
    triangle: <path d={`M${x} ${y - r} L${x + r} ${y + r} L${x - r} ${y + r} Z`} />,
    square: <rect x={x - r} y={y - r} width={size} height={size} />,
    cross: (
      <path
        d={`M${x - r} ${y - r} L${x + r} ${y + r} M${x - r} ${y + r} L${x + r} ${y - r}`}
        strokeWidth={3}
      />
    ),
    diamond: <path d={`M${x} ${y - r} L${x + r} ${y} L${x} ${y + r} L${x - r} ${y} Z`} />,
  }[marker];
  return (
    <g fill={color} stroke={color} aria-hidden="true">
      {shape}
    </g>
  );
}

/** The marker as a small inline SVG, for the legend and the table. */
export function MarkerIcon({ status }: { status: TimelineStatus }) {
  return (
    <svg width={14} height={14} aria-hidden="true" style={{ verticalAlign: 'middle' }}>
      <TimelineMarker status={status} x={7} y={7} size={10} />
    </svg>
  );
}
