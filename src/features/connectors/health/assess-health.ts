import { plural } from '@/lib/text/plural';

import type { VersionStatus } from '../lifecycle/version-status';
import type { Connector } from '../model/connector';
import { isKnownState, isUnsetDateTime } from '../model/graph-values';

import type { HealthRules } from './health-rules';
import type { HealthSettings } from './health-settings';
import { nextSupportChange, versionFinding } from './version-finding';

export type HealthLevel = 'healthy' | 'warning' | 'unhealthy';
/** `support`: where the connector's version stands in its support lifecycle, which feeds the verdict. */
export type HealthVerdict = { level: HealthLevel; reasons: string[]; support: VersionStatus };

export const HEALTH_LABELS: Record<HealthLevel, string> = {
  healthy: 'Healthy',
  warning: 'Warning',
  unhealthy: 'Unhealthy',
};
export const HEALTH_RANK: Record<HealthLevel, number> = { unhealthy: 0, warning: 1, healthy: 2 };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function describeAge(ms: number): string {
  const days = Math.floor(ms / DAY);
  if (days >= 1) return plural(days, 'day');
  const hours = Math.floor(ms / HOUR);
  return plural(hours, 'hour');
}

/** Healthy, Warning or Unhealthy, with every reason in words. */
export function assessHealth(connector: Connector, rules: HealthRules, now: number): HealthVerdict {
  const findings: { level: Exclude<HealthLevel, 'healthy'>; reason: string }[] = [];

  if (connector.state === 'inactive') {
    findings.push({ level: 'unhealthy', reason: 'Intune reports the connector as inactive.' });
  } else if (connector.state === 'none') {
    findings.push({ level: 'warning', reason: 'Intune has no state for the connector yet.' });
  } else if (!isKnownState(connector.state)) {
    findings.push({
      level: 'warning',
      reason: `Intune reports a state this app does not know (${connector.state}).`,
    });
  }

  const age = now - new Date(connector.lastConnectionDateTime).getTime();
  if (isUnsetDateTime(connector.lastConnectionDateTime)) {
    findings.push({ level: 'unhealthy', reason: 'The connector has never connected to Intune.' });
  } else if (age >= rules.unhealthyAfterDays * DAY) {
    findings.push({
      level: 'unhealthy',
      reason: `Last connected ${describeAge(age)} ago (unhealthy after ${rules.unhealthyAfterDays} days).`,
    });
  } else if (age > rules.warningAfterHours * HOUR) {
    findings.push({
      level: 'warning',
      reason: `Last connected ${describeAge(age)} ago (warning after ${rules.warningAfterHours} hours).`,
    });
  }

  const { support, finding } = versionFinding(connector.connectorVersion, rules.releases, now);
  if (finding) findings.push(finding);

  const level: HealthLevel = findings.some((finding) => finding.level === 'unhealthy')
    ? 'unhealthy'
    : findings.length > 0
      ? 'warning'
      : 'healthy';
  return { level, reasons: findings.map(({ reason }) => reason), support };
}

const lastSeen = (connector: Connector) => new Date(connector.lastConnectionDateTime).getTime();

/**
 * The first moment after `now` at which `assessHealth` may judge the connector differently: its silence
 * crosses a threshold or grows into the next hour or day that its reason names, or its version's support
 * status changes. Infinity if only an edit can change the verdict.
 */
export function nextVerdictChange(connector: Connector, rules: HealthRules, now: number): number {
  const support = versionFinding(connector.connectorVersion, rules.releases, now).support;
  return Math.min(
    nextSupportChange(support, rules.releases, now),
    nextSilenceChange(connector, rules, now),
  );
}

function nextSilenceChange(connector: Connector, settings: HealthSettings, now: number): number {
  const since = lastSeen(connector);
  if (isUnsetDateTime(connector.lastConnectionDateTime) || Number.isNaN(since)) return Infinity;
  const age = now - since;
  const warningAfter = settings.warningAfterHours * HOUR;
  const unhealthyAfter = settings.unhealthyAfterDays * DAY;
  const changes = [Infinity];
  // A warning starts once the silence is longer than the threshold: one millisecond past it.
  if (age <= warningAfter) changes.push(since + warningAfter + 1);
  if (age < unhealthyAfter) changes.push(since + unhealthyAfter);
  if (age > warningAfter || age >= unhealthyAfter) {
    const step = age >= DAY ? DAY : HOUR;
    changes.push(since + (Math.floor(age / step) + 1) * step);
  }
  return Math.min(...changes);
}

/** Silent long enough to count as unhealthy under the user's rules. */
export function isLongInactive(connector: Connector, settings: HealthSettings, now: number) {
  return now - lastSeen(connector) >= settings.unhealthyAfterDays * DAY;
}

/**
 * Connectors that look like leftovers of a reinstall: another connector runs on the same machine and
 * this one has been silent long enough to count as unhealthy.
 */
export function findReinstallLeftovers(
  connectors: Connector[],
  settings: HealthSettings,
  now: number,
): Map<string, string> {
  const byMachine = new Map<string, Connector[]>();
  for (const connector of connectors) {
    const machine = connector.machineName?.trim().toLowerCase();
    if (!machine) continue;
    byMachine.set(machine, [...(byMachine.get(machine) ?? []), connector]);
  }
  const leftovers = new Map<string, string>();
  for (const group of byMachine.values()) {
    if (group.length < 2) continue;
    // By the moment, not the text: Graph may write one machine's timestamps with different offsets.
    const newest = group.reduce((a, b) => (lastSeen(a) > lastSeen(b) ? a : b));
    for (const connector of group) {
      const silentFor = now - lastSeen(connector);
      if (connector.id !== newest.id && isLongInactive(connector, settings, now)) {
        leftovers.set(
          connector.id,
          `Possible reinstall leftover: ${group.length} connectors run on ${connector.machineName ?? ''}, and this one has been silent for ${describeAge(silentFor)}. Consider deleting it in Intune.`,
        );
      }
    }
  }
  return leftovers;
}
