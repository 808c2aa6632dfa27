import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import WarningIcon from '@mui/icons-material/Warning';
import Chip from '@mui/material/Chip';

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
