import { TENANT_KEY } from '../faults/storage-keys';
import type { KeyValueStore } from '../graph/key-value-store';

import type { createTenantDb, TenantDb } from './db';
import { demoTenants, type DemoDataset } from './demo-tenants';

const DATASET_KEY = 'ndes-connector-admin.demo-dataset.v1';
const DATASETS: readonly DemoDataset[] = ['standard', 'large', 'fleet'];

/**
 * The demo's tenants: the home tenant (the original demo tenant, whose API the app and the tests
 * use directly) and the others, each with its own connectors, found by tenant id. The mock Graph
 * tells them apart by the demo token, as Graph does by a token's tenant (see mocks/graph/request-tenant.ts).
 */
export function createTenantDirectory(
  store: KeyValueStore,
  now: () => number,
  createDb: typeof createTenantDb,
) {
  const dataset = (): DemoDataset =>
    DATASETS.find((candidate) => candidate === store.getItem(DATASET_KEY)) ?? 'standard';
  let tenants = demoTenants(dataset());
  const home = createDb(store, now, { seed: (at) => tenants[0]?.seed(at) ?? [] });
  const others = new Map<string, TenantDb>();

  const forTenant = (tenantId: string): TenantDb | undefined => {
    const tenant = tenants.find((candidate) => candidate.tenantId === tenantId);
    if (!tenant) return undefined;
    if (tenant === tenants[0]) return home;
    let db = others.get(tenantId);
    if (!db) {
      const key = `${TENANT_KEY}:${tenantId}`;
      db = createDb(store, now, {
        key,
        seed: tenant.seed,
        faults: home.faults,
        storeOnChange: true,
      });
      others.set(tenantId, db);
    }
    return db;
  };

  const clearOthers = () => {
    for (const tenant of [...demoTenants('standard'), ...demoTenants('fleet')])
      store.removeItem(`${TENANT_KEY}:${tenant.tenantId}`);
    others.clear();
  };

  return {
    ...home,
    tenants: () => tenants.map(({ tenantId, name }) => ({ tenantId, name })),
    dataset,
    forTenant,
    /** Every tenant back to its seed, with no armed fault, in the dataset `to` (the standard one by default). */
    reset(to: DemoDataset = 'standard') {
      store.setItem(DATASET_KEY, to);
      tenants = demoTenants(to);
      clearOthers();
      home.reset();
    },
  };
}
