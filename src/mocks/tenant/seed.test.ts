import { releaseTable } from '@/features/connectors/lifecycle/release-table';
import { tenantFindings } from '@/features/connectors/lifecycle/tenant-findings';
import { versionStatus } from '@/features/connectors/lifecycle/version-status';
import { connectorSchema } from '@/features/connectors/model/connector';

import { fleetTenants } from './demo-tenants';
import {
  CURRENT_CONNECTOR_VERSION,
  DEAD_CONNECTOR_VERSION,
  seedConnectors,
  seedScopeTags,
  UNSUPPORTED_CONNECTOR_VERSION,
} from './seed';

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;
const now = Date.parse('2026-11-28T12:00:00Z');
const connectors = seedConnectors(now);
const sinceLastConnection = connectors.map(
  (connector) => now - Date.parse(connector.lastConnectionDateTime),
);

describe('the seeded demo tenant', () => {
  it('has at least eight connectors, each valid for the app and unique by id', () => {
    expect(connectors.length).toBeGreaterThanOrEqual(8);
    expect(new Set(connectors.map((connector) => connector.id)).size).toBe(connectors.length);
    for (const connector of connectors) {
      expect(connectorSchema.parse(connector)).toEqual(connector);
    }
  });

  it('covers all three states', () => {
    expect(new Set(connectors.map((connector) => connector.state))).toEqual(
      new Set(['none', 'active', 'inactive']),
    );
  });

  it('mixes current and older connector versions', () => {
    const versions = connectors.map((connector) => connector.connectorVersion);
    expect(versions).toContain(CURRENT_CONNECTOR_VERSION);
    expect(
      versions.filter((version) => version !== CURRENT_CONNECTOR_VERSION).length,
    ).toBeGreaterThan(0);
  });

  it('has a connector seen minutes ago and one not seen for weeks', () => {
    expect(sinceLastConnection.some((ms) => ms > 0 && ms < 15 * MINUTE)).toBe(true);
    expect(sinceLastConnection.some((ms) => ms >= 2 * WEEK)).toBe(true);
  });

  it('has two connectors on the same machine, as a reinstall leaves behind', () => {
    const machines = connectors.map((connector) => connector.machineName);
    expect(new Set(machines).size).toBeLessThan(machines.length);
  });

  it('has a connector without a display name', () => {
    expect(connectors.filter((connector) => connector.displayName === null)).toHaveLength(1);
  });

  it('uses several scope tags, all of them known to the tenant', () => {
    const used = new Set(connectors.flatMap((connector) => connector.roleScopeTagIds));
    expect(used.size).toBeGreaterThanOrEqual(4);
    const known = new Set(seedScopeTags.map((tag) => tag.id));
    expect([...used].every((id) => known.has(id))).toBe(true);
  });

  it('dates relative to the moment the tenant is seeded', () => {
    const later = seedConnectors(now + WEEK);
    expect(Date.parse(later[0]?.lastConnectionDateTime ?? '')).toBe(
      Date.parse(connectors[0]?.lastConnectionDateTime ?? '') + WEEK,
    );
  });
});

describe('the demo tenants and the support lifecycle', () => {
  const statusesAt = (at: number) =>
    new Set(
      seedConnectors(at).map(
        (connector) => versionStatus(connector.connectorVersion, releaseTable(), at).kind,
      ),
    );

  it('has connectors on supported, unsupported and dead versions', () => {
    expect([...statusesAt(now)]).toEqual(
      expect.arrayContaining(['supported', 'unsupported', 'cannot-issue']),
    );
    expect(versionStatus(UNSUPPORTED_CONNECTOR_VERSION, releaseTable(), now).kind).toBe(
      'unsupported',
    );
    expect(versionStatus(DEAD_CONNECTOR_VERSION, releaseTable(), now).kind).toBe('cannot-issue');
  });

  it('has a tenant in the MSP fleet with a single active connector', () => {
    const single = fleetTenants().filter((tenant) =>
      tenantFindings(tenant.seed(now)).some(({ kind }) => kind === 'single-active-connector'),
    );
    expect(single.length).toBeGreaterThan(0);
  });
});
