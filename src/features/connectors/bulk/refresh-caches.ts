import type { QueryClient } from '@tanstack/react-query';

import type { TenantId } from '@/lib/tenant-scope';

import { refreshAfterBulk } from '../model/connector-cache';

import type { BulkResult } from './bulk-outcome';

/** After a bulk change: the connectors Graph saved or failed on are read again, in one list read. */
export function refreshCaches(queryClient: QueryClient, results: BulkResult[], tenantId: TenantId) {
  const touched = results.filter(
    ({ outcome }) => outcome.kind === 'saved' || outcome.kind === 'failed',
  );
  return refreshAfterBulk(
    queryClient,
    tenantId,
    touched.map(({ item }) => item.connector.id),
  );
}
