import type { TenantInfo } from '@/config/tenants';
import type { Connector } from '@/features/connectors/model/connector';
import type { DemoDataset } from '@/features/demo/model/demo-controls';
import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';

import { generateConnectors, type HealthPicture } from './generate-connectors';
import { largeTenantConnectors } from './large-tenant';
import { seedConnectors } from './seed';
import { pick, seededRandom } from './seeded-random';

export type { DemoDataset };

export type DemoTenant = TenantInfo & { seed: (now: number) => Connector[] };

const HOME = DEMO_ACCOUNT.tenantId;
const HEALTHY: HealthPicture = { stale: 0.05, inactive: 0.02, outdated: 0.05 };
const TROUBLED: HealthPicture = { stale: 0.5, inactive: 0.3, outdated: 0.6 };

const tenantId = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** Contoso is the demo's original tenant; Fabrikam is in good shape, Northwind is not. */
export const NAMED_TENANTS: DemoTenant[] = [
  { tenantId: HOME, name: 'Contoso', seed: seedConnectors },
  {
    tenantId: '00000000-0000-4000-8000-00000000fab1',
    name: 'Fabrikam',
    seed: (now) => generateConnectors(0xfab1, 12, 'fabrikam.example', HEALTHY, now),
  },
  {
    tenantId: '00000000-0000-4000-8000-00000000a0e7',
    name: 'Northwind',
    seed: (now) => generateConnectors(0xa0e7, 25, 'northwind.example', TROUBLED, now),
  },
];

const FIRST = ['Alder', 'Birch', 'Cedar', 'Delta', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Iris'];
const SECOND = ['Logistics', 'Health', 'Retail', 'Energy', 'Foods', 'Bank', 'Labs', 'Transit'];
export const FLEET_SIZE = 100;

/**
 * 100 tenants of 1 to 100 connectors each, about 9,000 in all, the same every time. Most tenants
 * are near 100 connectors; a few are small, and their health pictures vary from good to bad.
 */
export function fleetTenants(): DemoTenant[] {
  const random = seededRandom(20_261_202);
  return Array.from({ length: FLEET_SIZE }, (_, index) => {
    const n = index + 1;
    const count = n === 2 ? 1 : Math.max(1, 100 - Math.floor(random() ** 12 * 100));
    const share = random() * 0.5;
    const picture = { stale: share, inactive: share / 2, outdated: random() * 0.6 };
    const name = `${pick(random, FIRST)} ${pick(random, SECOND)} ${String(n).padStart(3, '0')}`;
    const domain = `tenant${n}.example`;
    const id = n === 1 ? HOME : tenantId(n);
    return {
      tenantId: id,
      name,
      seed: (now) => generateConnectors(n, count, domain, picture, now),
    };
  });
}

export function demoTenants(dataset: DemoDataset): DemoTenant[] {
  if (dataset === 'fleet') return fleetTenants();
  if (dataset === 'standard') return NAMED_TENANTS;
  const [contoso, ...others] = NAMED_TENANTS;
  return contoso ? [{ ...contoso, seed: largeTenantConnectors }, ...others] : others;
}
