import { isLongInactive } from '../health/assess-health';
import type { HealthSettings } from '../health/health-settings';
import type { ConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../model/connector';

/** How many connectors a bulk delete takes, and how many of them are neither leftovers nor long inactive. */
export type DeleteGuard = { total: number; risky: number };

export function deleteGuard(
  connectors: Connector[],
  health: Map<string, ConnectorHealth>,
  settings: HealthSettings,
  now: number,
): DeleteGuard {
  const risky = connectors.filter(
    (connector) => !health.get(connector.id)?.leftover && !isLongInactive(connector, settings, now),
  ).length;
  return { total: connectors.length, risky };
}

/** Leftovers and long-silent connectors go at a click; any other needs the count typed. */
export const guardPassed = ({ total, risky }: DeleteGuard, typed: string) =>
  risky === 0 || typed.trim() === String(total);

/** "2 of these are not leftovers or long inactive: type 2 to delete them." */
export function guardWords({ total, risky }: DeleteGuard): string {
  const are = risky === 1 ? 'is' : 'are';
  return `${risky} of these ${are} not leftovers or long inactive: type ${total} to delete them.`;
}
