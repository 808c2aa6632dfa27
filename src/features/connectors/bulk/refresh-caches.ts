import type { QueryClient } from '@tanstack/react-query';

import { connectorQueries } from '../model/connector-queries';

import type { BulkResult } from './bulk-outcome';

/**
 * After a bulk change: one list read (Intune answers a PATCH with 204, so there is no entity to keep)
 * updates the list and each touched connector's detail; a deleted one leaves its cache.
 */
export async function refreshCaches(
  queryClient: QueryClient,
  results: BulkResult[],
  tenantId: string | undefined,
) {
  const touched = results.filter(
    ({ outcome }) => outcome.kind === 'saved' || outcome.kind === 'failed',
  );
  if (touched.length === 0) return;
  try {
    const fresh = await queryClient.fetchQuery({
      ...connectorQueries.list(tenantId),
      staleTime: 0,
    });
    const byId = new Map(fresh.connectors.map((connector) => [connector.id, connector]));
    for (const { item } of touched) {
      const connector = byId.get(item.connector.id);
      const key = connectorQueries.detail(tenantId, item.connector.id).queryKey;
      if (connector) queryClient.setQueryData(key, connector);
      else queryClient.removeQueries({ queryKey: key });
    }
  } catch {
    // The results stand as Graph gave them; the list shows its usual error when it reloads.
    await queryClient.invalidateQueries({ queryKey: connectorQueries.all(tenantId) });
  }
}
