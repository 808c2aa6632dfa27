import type { QueryClient } from '@tanstack/react-query';

import type { TenantId } from '@/lib/tenant-scope';

import type { Connector } from './connector';
import { connectorQueries } from './connector-queries';
import { withConnector, withoutConnector, type ConnectorList } from './read-connector';

// Every write to a tenant's connector caches. The list is patched in place and only marked stale
// (refetchType 'none'): a page still on screen keeps what it shows, and the next visit reads Graph.

/** A connector as Graph just returned it (a conflict's current one too): its detail entry. */
export function rememberDetail(queryClient: QueryClient, tenantId: TenantId, connector: Connector) {
  queryClient.setQueryData(connectorQueries.detail(tenantId, connector.id).queryKey, connector);
}

/** A connector Graph saved: its detail, and its row in the list. */
export async function rememberConnector(
  queryClient: QueryClient,
  tenantId: TenantId,
  connector: Connector,
) {
  rememberDetail(queryClient, tenantId, connector);
  const { queryKey } = connectorQueries.list(tenantId);
  queryClient.setQueryData(queryKey, (list) => list && withConnector(list, connector));
  await queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
}

/** A connector that is gone: out of the list; its detail stays (the page may show it) but stale. */
export async function forgetConnector(queryClient: QueryClient, tenantId: TenantId, id: string) {
  const list = connectorQueries.list(tenantId);
  queryClient.setQueryData(list.queryKey, (cached) => cached && withoutConnector(cached, id));
  for (const { queryKey } of [list, connectorQueries.detail(tenantId, id)]) {
    await queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
  }
}

/** A gone connector's detail entry, once its page has left. */
export function dropDetail(queryClient: QueryClient, tenantId: TenantId, id: string) {
  queryClient.removeQueries({ queryKey: connectorQueries.detail(tenantId, id).queryKey });
}

/** Every connector query of a tenant reads Graph again (the active ones now). */
export function reloadConnectors(queryClient: QueryClient, tenantId: TenantId) {
  return queryClient.invalidateQueries({ queryKey: connectorQueries.all(tenantId) });
}

/**
 * After a bulk change: the list read that verified the run (Intune answers a PATCH with 204, so there
 * is no entity to keep) becomes the list and each touched connector's detail; a deleted one leaves its
 * cache. `fresh` null: that read failed, so the tenant's connector queries read Graph again.
 */
export async function refreshAfterBulk(
  queryClient: QueryClient,
  tenantId: TenantId,
  touchedIds: readonly string[],
  fresh: ConnectorList | null,
) {
  if (touchedIds.length === 0) return;
  if (fresh === null) {
    await reloadConnectors(queryClient, tenantId);
    return;
  }
  queryClient.setQueryData(connectorQueries.list(tenantId).queryKey, fresh);
  const byId = new Map(fresh.connectors.map((connector) => [connector.id, connector]));
  for (const id of touchedIds) {
    const connector = byId.get(id);
    if (connector) rememberDetail(queryClient, tenantId, connector);
    else queryClient.removeQueries({ queryKey: connectorQueries.detail(tenantId, id).queryKey });
  }
}
