import type { Connector } from '@/features/connectors/model/connector';
import { graphTimestamp } from '@/lib/graph/graph-timestamp';

import { CURRENT_CONNECTOR_VERSION } from './seed';
import { pick, seededRandom } from './seeded-random';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const OLD_VERSIONS = ['6.2211.0.5', '6.2301.1.0', '6.2306.0.0', '6.2404.0.2000'];
const ROLES = ['NDES', 'SCEP', 'PKCS', 'CERT'];
const SITES = ['HQ', 'EU', 'US', 'APAC', 'LAB', 'DC1', 'DC2', 'RTL'];

/** How healthy a tenant is: the share of connectors that are stale, inactive or outdated. */
export type HealthPicture = { stale: number; inactive: number; outdated: number };

/** A tenant's connectors, generated from a seed: the same seed and `now` give the same connectors. */
export function generateConnectors(
  seed: number,
  count: number,
  domain: string,
  picture: HealthPicture,
  now: number,
): Connector[] {
  const random = seededRandom(seed);
  const id = (index: number) => {
    const hex = (seed * 1000 + index).toString(16).padStart(12, '0');
    return `${(seed >>> 0).toString(16).padStart(8, '0').slice(-8)}-0000-4000-8000-${hex.slice(-12)}`;
  };
  return Array.from({ length: count }, (_, index): Connector => {
    const site = pick(random, SITES);
    const machine = `${pick(random, ROLES)}-${site}-${String(index + 1).padStart(3, '0')}`;
    const silence =
      random() < picture.stale ? (1 + random() * 40) * DAY : (1 + random() * 120) * MINUTE;
    return {
      id: id(index),
      displayName: random() < 0.05 ? null : `${site} connector ${index + 1}`,
      machineName: `${machine}.${domain}`,
      connectorVersion:
        random() < picture.outdated ? pick(random, OLD_VERSIONS) : CURRENT_CONNECTOR_VERSION,
      state: random() < picture.inactive ? 'inactive' : 'active',
      enrolledDateTime: graphTimestamp(now - (30 + random() * 600) * DAY),
      lastConnectionDateTime: graphTimestamp(now - silence),
      roleScopeTagIds: ['0'],
    };
  });
}
