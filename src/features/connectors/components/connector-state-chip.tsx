import Chip from '@mui/material/Chip';

import type { ConnectorState } from '../types';

export const STATE_LABELS: Record<ConnectorState, string> = {
  active: 'Active',
  inactive: 'Inactive',
  none: 'Not available yet',
};

const STATE_COLORS = { active: 'success', inactive: 'warning', none: 'default' } as const;

export function ConnectorStateChip({ state }: { state: ConnectorState }) {
  return <Chip label={STATE_LABELS[state]} color={STATE_COLORS[state]} variant="outlined" />;
}
