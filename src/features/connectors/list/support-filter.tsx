import { ToggleButtons } from '@/components/ui/toggle-buttons';

import type { ConnectorHealth } from '../health/use-connector-health';
import {
  SUPPORT_GROUP_LABELS,
  SUPPORT_GROUPS,
  supportGroup,
  type SupportGroup,
} from '../lifecycle/support-filter';

import type { SupportFilter as SupportFilterValue } from './list-view';

type SupportFilterProps = {
  value: SupportFilterValue;
  health: Map<string, ConnectorHealth>;
  onChange: (value: SupportFilterValue) => void;
};

/** Filters by where each connector's version stands in Microsoft's support lifecycle. */
export function SupportFilter({ value, health, onChange }: SupportFilterProps) {
  const count = (group: SupportGroup) =>
    [...health.values()].filter((verdict) => supportGroup(verdict.support.kind) === group).length;
  const options = [
    { value: 'all' as const, label: `All (${health.size})` },
    ...SUPPORT_GROUPS.map((group) => ({
      value: group,
      label: `${SUPPORT_GROUP_LABELS[group]} (${count(group)})`,
    })),
  ];
  return (
    <ToggleButtons
      aria-label="Filter by support"
      options={options}
      value={value}
      onChange={onChange}
    />
  );
}
