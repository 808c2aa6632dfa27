import { HEALTH_LABELS, type HealthLevel } from '../health/assess-health';
import type { ConnectorHealth } from '../health/use-connector-health';

import { CountedFilter } from './counted-filter';
import type { HealthFilter as HealthFilterValue } from './list-view';

type HealthFilterProps = {
  value: HealthFilterValue;
  health: Map<string, ConnectorHealth>;
  onChange: (value: HealthFilterValue) => void;
};

const LEVELS: HealthLevel[] = ['unhealthy', 'warning', 'healthy'];

export function HealthFilter(props: HealthFilterProps) {
  return (
    <CountedFilter
      label="Filter by health"
      choices={LEVELS}
      labels={HEALTH_LABELS}
      choiceOf={(verdict) => verdict.level}
      {...props}
    />
  );
}
