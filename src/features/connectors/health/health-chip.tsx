import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import WarningIcon from '@mui/icons-material/Warning';
import Chip from '@mui/material/Chip';

import { HEALTH_LABELS, type HealthLevel } from './assess-health';

const ICONS = { healthy: <CheckCircleIcon />, warning: <WarningIcon />, unhealthy: <ErrorIcon /> };
const COLORS = { healthy: 'success', warning: 'warning', unhealthy: 'error' } as const;

export function HealthChip({ level }: { level: HealthLevel }) {
  return (
    <Chip
      icon={ICONS[level]}
      label={HEALTH_LABELS[level]}
      color={COLORS[level]}
      variant="outlined"
    />
  );
}
