import type { Page } from '@playwright/test';

import { FAULTS_KEY, REQUESTS_KEY, TENANT_KEY } from '../../../src/mocks/faults/storage-keys';
import { seedConnectors, seedScopeTags } from '../../../src/mocks/tenant/seed';

export type OddTenant = { connectors: unknown[]; maxPageSize?: number };

/** The seed's connectors with `changes` applied to the one with `id`, as plain JSON Graph could send. */
export function seedWith(id: string, changes: Record<string, unknown>): unknown[] {
  return seedConnectors(Date.now()).map((connector) =>
    connector.id === id ? { ...connector, ...changes } : connector,
  );
}

/**
 * Writes a tenant the app would never write itself (items Graph might send one day) before the app
 * starts, from a same-origin page that runs no app code. The mock Graph serves it as it is.
 */
export async function seedOddTenant(page: Page, tenant: OddTenant) {
  await page.goto('/favicon.svg');
  const state = { scopeTags: seedScopeTags, patchResponse: 'no-content', ...tenant };
  await page.evaluate(
    ([tenantKey, faultsKey, requestsKey, value]) => {
      localStorage.setItem(tenantKey, value);
      localStorage.removeItem(faultsKey);
      localStorage.removeItem(requestsKey);
    },
    [TENANT_KEY, FAULTS_KEY, REQUESTS_KEY, JSON.stringify(state)] as const,
  );
}
