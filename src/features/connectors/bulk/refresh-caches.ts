import type { QueryClient } from '@tanstack/react-query';

import type { TenantId } from '@/lib/tenant-scope';

import { refreshAfterBulk } from '../model/connector-cache';
import type { ConnectorList } from '../model/read-connector';

import type { BulkResult } from './bulk-outcome';

/** After a bulk change: the connectors Graph saved, kept or failed on take what the read after the run found. */
export function refreshCaches(
  queryClient: QueryClient,
  results: BulkResult[],
  tenantId: TenantId,
  fresh: ConnectorList | null,
) {
  const touched = results.filter(
    ({ outcome }) => outcome.kind !== 'conflict' && outcome.kind !== 'cancelled',
  );
  return refreshAfterBulk(
    queryClient,
    tenantId,
    touched.map(({ item }) => item.connector.id),
    fresh,
  );
}
