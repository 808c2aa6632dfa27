import { compareVersions, isUnsetDateTime } from '@/features/connectors/public';

import type { FleetRow } from './fleet-rows';

export type TenantSummary = {
  healthy: number;
  warning: number;
  unhealthy: number;
  oldestVersion: string | null;
  /** When the connector silent the longest last connected (ms since the epoch), if any connected. */
  longestSilenceSince: number | null;
};

/** Counts by verdict, the oldest connector version and the longest silence of one tenant's rows. */
export function summarize(rows: FleetRow[]): TenantSummary {
  const summary: TenantSummary = {
    healthy: 0,
    warning: 0,
    unhealthy: 0,
    oldestVersion: null,
    longestSilenceSince: null,
  };
  for (const row of rows) {
    summary[row.health.level] += 1;
    const version = row.connector.connectorVersion;
    if (version && (!summary.oldestVersion || compareVersions(version, summary.oldestVersion) < 0))
      summary.oldestVersion = version;
    // A connector that never connected is unhealthy for that reason; its "silence" since year 1 is not one.
    if (isUnsetDateTime(row.connector.lastConnectionDateTime)) continue;
    if (summary.longestSilenceSince === null || row.lastConnection < summary.longestSilenceSince)
      summary.longestSilenceSince = row.lastConnection;
  }
  return summary;
}
