import { ToggleButtons } from '@/components/ui/toggle-buttons';

import type { ConnectorHealth } from '../health/use-connector-health';

type CountedFilterProps<T extends string> = {
  label: string;
  choices: readonly T[];
  labels: Record<T, string>;
  /** The choice a connector's verdict falls in. */
  choiceOf: (verdict: ConnectorHealth) => T;
  value: T | 'all';
  health: Map<string, ConnectorHealth>;
  onChange: (value: T | 'all') => void;
};

/** All, then each choice with how many connectors it holds: the list's health and support filters. */
export function CountedFilter<T extends string>({
  label,
  choices,
  labels,
  choiceOf,
  value,
  health,
  onChange,
}: CountedFilterProps<T>) {
  const count = (choice: T) =>
    [...health.values()].filter((verdict) => choiceOf(verdict) === choice).length;
  const options = [
    { value: 'all' as const, label: `All (${health.size})` },
    ...choices.map((choice) => ({ value: choice, label: `${labels[choice]} (${count(choice)})` })),
  ];
  return <ToggleButtons aria-label={label} options={options} value={value} onChange={onChange} />;
}
