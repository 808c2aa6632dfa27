import { HEALTH_LABELS, type HealthLevel } from '@/features/connectors/public';
import { HEALTH_COLORS } from '@/features/connectors/public';

// The paths of MUI's CheckCircle, Warning and Error icons: drawn as plain SVG, so that a window of
// rows mounts no styled component per row (see fleet-table.css for the look).
const ICON_PATHS: Record<HealthLevel, string> = {
  healthy:
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m-2 15-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8z',
  warning: 'M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z',
  unhealthy:
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m1 15h-2v-2h2zm0-4h-2V7h2z',
};

/** The fleet table's health verdict: the look of the outlined HealthChip, in plain elements. */
export function FleetHealthBadge({ level }: { level: HealthLevel }) {
  return (
    <span className={`health ${level} ${HEALTH_COLORS[level]}`}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={ICON_PATHS[level]} />
      </svg>
      {HEALTH_LABELS[level]}
    </span>
  );
}
