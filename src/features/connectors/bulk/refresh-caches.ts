import type { QueryClient } from '@tanstack/react-query';

import { connectorQueries } from '../model/connector-queries';
import type { ConnectorList } from '../model/read-connector';

import type { BulkResult } from './bulk-outcome';

/**
 * After a bulk change: the list read that verified the run (Intune answers a PATCH with 204, so there
 * is no entity to keep) updates the list and each touched connector's detail; a deleted one leaves its
 * cache. `fresh` null: that read failed, so the caches are read again when next shown.
 */
export async function refreshCaches(
  queryClient: QueryClient,
  results: BulkResult[],
  tenantId: string | undefined,
  fresh: ConnectorList | null,
) {
  const touched = results.filter(
    ({ outcome }) =>
      outcome.kind === 'saved' || outcome.kind === 'failed' || outcome.kind === 'not-applied',
  );
  if (touched.length === 0) return;
  if (fresh === null) {
    await queryClient.invalidateQueries({ queryKey: connectorQueries.all(tenantId) });
    return;
  }
  queryClient.setQueryData(connectorQueries.list(tenantId).queryKey, fresh);
  const byId = new Map(fresh.connectors.map((connector) => [connector.id, connector]));
  for (const { item } of touched) {
    const connector = byId.get(item.connector.id);
    const key = connectorQueries.detail(tenantId, item.connector.id).queryKey;
    if (connector) queryClient.setQueryData(key, connector);
    else queryClient.removeQueries({ queryKey: key });
  }
}
