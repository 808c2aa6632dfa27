import { Chip } from '@/components/ui/chip';

import { isKnownState, stateLabel } from '../model/graph-values';

const STATE_COLORS = { active: 'success', inactive: 'warning', none: 'default' } as const;

/** The state as a chip; a value this app does not know reads "Unknown (value)". */
export function ConnectorStateChip({ state }: { state: string }) {
  return (
    <Chip
      label={<bdi>{stateLabel(state)}</bdi>}
      color={isKnownState(state) ? STATE_COLORS[state] : 'default'}
      variant="outlined"
      style={isKnownState(state) ? undefined : { maxWidth: 240 }}
      title={isKnownState(state) ? undefined : stateLabel(state)}
    />
  );
}
