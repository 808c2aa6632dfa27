import type { Connector } from '@/features/connectors/model/connector';
import { graphTimestamp } from '@/lib/graph/graph-timestamp';

import { CURRENT_CONNECTOR_VERSION, seedConnectors } from './seed';

/** Intune's limit of connectors per tenant. */
export const MAX_CONNECTORS = 100;

const MINUTE = 60_000;
const SITES = [
  'Seattle',
  'Dublin',
  'Singapore',
  'Sydney',
  'Toronto',
  'Frankfurt',
  'Tokyo',
  'Austin',
];
const VERSIONS = [
  CURRENT_CONNECTOR_VERSION,
  CURRENT_CONNECTOR_VERSION,
  '6.2404.0.2000',
  '6.2301.1.0',
];

/**
 * The seeded tenant filled up to Intune's maximum with the same connectors on every load: ids,
 * names and ages come from the position alone, so benchmarks and tests see one tenant.
 */
export function largeTenantConnectors(now: number): Connector[] {
  const seeded = seedConnectors(now);
  const extra = Array.from({ length: MAX_CONNECTORS - seeded.length }, (_, index): Connector => {
    const n = index + 1;
    const site = SITES[index % SITES.length] ?? 'Seattle';
    const inactive = n % 15 === 0;
    // Mostly minutes ago; every seventh a day or more, the inactive ones weeks.
    const silentMinutes = inactive ? (20 + n) * 24 * 60 : n % 7 === 0 ? 26 * 60 + n : 2 + (n % 50);
    return {
      id: `5eed0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      displayName: `${site} NDES ${String(n).padStart(2, '0')}`,
      machineName: `PKI-${site.slice(0, 3).toUpperCase()}-${String(n).padStart(2, '0')}.corp.contoso.com`,
      connectorVersion: VERSIONS[n % VERSIONS.length] ?? CURRENT_CONNECTOR_VERSION,
      state: inactive ? 'inactive' : 'active',
      enrolledDateTime: graphTimestamp(now - (30 + n * 3) * 24 * 60 * MINUTE),
      lastConnectionDateTime: graphTimestamp(now - silentMinutes * MINUTE),
      roleScopeTagIds: n % 4 === 0 ? ['0', String(1 + (n % 5))] : ['0'],
    };
  });
  return [...seeded, ...extra];
}
