import type { ConnectorHealth } from '../health/use-connector-health';
import { SUPPORT_GROUP_LABELS, SUPPORT_GROUPS, supportGroup } from '../lifecycle/support-filter';

import { CountedFilter } from './counted-filter';
import type { SupportFilter as SupportFilterValue } from './list-view';

type SupportFilterProps = {
  value: SupportFilterValue;
  health: Map<string, ConnectorHealth>;
  onChange: (value: SupportFilterValue) => void;
};

/** Filters by where each connector's version stands in Microsoft's support lifecycle. */
export function SupportFilter(props: SupportFilterProps) {
  return (
    <CountedFilter
      label="Filter by support"
      choices={SUPPORT_GROUPS}
      labels={SUPPORT_GROUP_LABELS}
      choiceOf={(verdict) => supportGroup(verdict.support.kind)}
      {...props}
    />
  );
}
