import { Chip } from '@/components/ui/chip';
import { CheckCircleIcon, ErrorIcon, WarningIcon } from '@/components/ui/icons';

import { HEALTH_LABELS, type HealthLevel } from './assess-health';

const ICONS = { healthy: <CheckCircleIcon />, warning: <WarningIcon />, unhealthy: <ErrorIcon /> };
/** The palette colour of each verdict. */
export const HEALTH_COLORS = {
  healthy: 'success',
  warning: 'warning',
  unhealthy: 'error',
} as const;

export function HealthChip({ level }: { level: HealthLevel }) {
  return (
    <Chip
      icon={ICONS[level]}
      label={HEALTH_LABELS[level]}
      color={HEALTH_COLORS[level]}
      variant="outlined"
    />
  );
}
