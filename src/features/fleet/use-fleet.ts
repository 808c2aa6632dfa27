import { useQueries } from '@tanstack/react-query';

import type { TenantInfo } from '@/config/tenants';
import { connectorQueries, useFleetSnapshots, type Connector } from '@/features/connectors/public';

export type TenantLoad = {
  tenant: TenantInfo;
  connectors: Connector[] | undefined;
  /** Items Graph listed that could not be read, and whether paging stopped at the cap. */
  unreadable: number;
  complete: boolean;
  error: unknown;
  loading: boolean;
  /** When the rows shown were kept (the last visit's snapshot, until Graph answers); null once listed. */
  asOf: string | null;
  /** When the list last arrived (0 before), so that views rebuild only when a tenant's list changes. */
  updatedAt: number;
  refetch: () => void;
};

/**
 * Every tenant's connectors, loaded in parallel under the lists' limit. A tenant's failure (403, consent,
 * throttling) stays on that tenant: each is its own query, cached under its own tenant's key.
 */
export function useFleet(tenants: TenantInfo[]): TenantLoad[] {
  const snapshots = useFleetSnapshots(tenants.map((tenant) => tenant.tenantId));
  return useQueries({
    queries: tenants.map((tenant) => ({
      // The connector pages' own query (one key, one query function), so the fleet and those pages
      // share one cache, and a rename or delete there is in the fleet when the admin is back.
      ...connectorQueries.list(tenant.tenantId),
      placeholderData: snapshots.get(tenant.tenantId),
    })),
    combine: (results) =>
      results.map((result, index) => ({
        tenant: tenants[index] as TenantInfo,
        connectors: result.data?.connectors,
        unreadable: result.data?.unreadable.length ?? 0,
        complete: result.data?.complete ?? true,
        error: result.error,
        loading: result.isPending || result.isPlaceholderData,
        asOf: result.isPlaceholderData
          ? (snapshots.get(tenants[index]?.tenantId ?? '')?.savedAt ?? null)
          : null,
        updatedAt: result.dataUpdatedAt,
        refetch: () => void result.refetch(),
      })),
  });
}
