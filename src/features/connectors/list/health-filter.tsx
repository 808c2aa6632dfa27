import { ToggleButtons } from '@/components/ui/toggle-buttons';

import { HEALTH_LABELS, type HealthLevel } from '../health/assess-health';
import type { ConnectorHealth } from '../health/use-connector-health';

import type { HealthFilter as HealthFilterValue } from './list-view';

type HealthFilterProps = {
  value: HealthFilterValue;
  health: Map<string, ConnectorHealth>;
  onChange: (value: HealthFilterValue) => void;
};

const LEVELS: HealthLevel[] = ['unhealthy', 'warning', 'healthy'];

export function HealthFilter({ value, health, onChange }: HealthFilterProps) {
  const count = (level: HealthLevel) =>
    [...health.values()].filter((verdict) => verdict.level === level).length;
  const options = [
    { value: 'all' as const, label: `All (${health.size})` },
    ...LEVELS.map((level) => ({
      value: level,
      label: `${HEALTH_LABELS[level]} (${count(level)})`,
    })),
  ];
  return (
    <ToggleButtons
      aria-label="Filter by health"
      options={options}
      value={value}
      onChange={onChange}
    />
  );
}
