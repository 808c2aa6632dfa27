import type { Connector } from '../model/connector';
import { compareVersions } from '../model/graph-values';

export type TenantFinding = {
  kind: 'no-active-connector' | 'single-active-connector' | 'mixed-versions';
  level: 'warning' | 'unhealthy';
  text: string;
};

type ConnectorFacts = Pick<Connector, 'state' | 'connectorVersion'>;

/**
 * What a tenant's connectors say together. Microsoft Learn (certificate connector overview) allows up to
 * 100 connectors per tenant and asks that all run the same version; one active connector delivers, but
 * none takes over when it stops.
 */
export function tenantFindings(connectors: readonly ConnectorFacts[]): TenantFinding[] {
  const active = connectors.filter((connector) => connector.state === 'active').length;
  const findings: TenantFinding[] = [];
  if (active === 0) {
    findings.push({ kind: 'no-active-connector', level: 'unhealthy', text: 'No active connector' });
  } else if (active === 1) {
    findings.push({
      kind: 'single-active-connector',
      level: 'warning',
      text: 'Only one active connector: a single point of failure for certificate delivery',
    });
  }
  const versions = versionCounts(connectors);
  if (versions.length > 1) {
    const list = versions.map(([version, count]) => `${version} on ${count}`).join(', ');
    findings.push({
      kind: 'mixed-versions',
      level: 'warning',
      text: `Mixed versions: ${list} (Microsoft recommends one version for all)`,
    });
  }
  return findings;
}

/** Each reported version with how many connectors run it, newest first. */
function versionCounts(connectors: readonly ConnectorFacts[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const { connectorVersion } of connectors) {
    const version = connectorVersion?.trim();
    if (version) counts.set(version, (counts.get(version) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => compareVersions(b, a) || a.localeCompare(b, 'en'));
}
