import Chip from '@mui/material/Chip';

import { STATE_LABELS, type ConnectorState } from '../model/graph-values';

const STATE_COLORS = { active: 'success', inactive: 'warning', none: 'default' } as const;

export function ConnectorStateChip({ state }: { state: ConnectorState }) {
  return <Chip label={STATE_LABELS[state]} color={STATE_COLORS[state]} variant="outlined" />;
}
