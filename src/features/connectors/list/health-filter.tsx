import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';

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
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={value}
      onChange={(_event, next: HealthFilterValue | null) => next && onChange(next)}
      aria-label="Filter by health"
      // MUI greys an unselected toggle with action.active: 4.47:1 on the page background, under WCAG AA.
      sx={{
        flexWrap: 'wrap',
        '& .MuiToggleButton-root:not(.Mui-selected)': { color: 'text.secondary' },
      }}
    >
      <ToggleButton value="all">All ({health.size})</ToggleButton>
      {LEVELS.map((level) => (
        <ToggleButton key={level} value={level}>
          {HEALTH_LABELS[level]} ({count(level)})
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
