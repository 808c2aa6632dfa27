import { useQueries } from '@tanstack/react-query';

import { sameTenant, type TenantInfo } from '@/config/tenants';
import type { Connector } from '@/features/connectors/public';
import { connectorQueries, listConnectors, useFleetSnapshots } from '@/features/connectors/public';
import { useAuth } from '@/lib/auth/auth-context';
import { homeTenantId } from '@/lib/auth/home-tenant';
import { createLimiter } from '@/lib/limit-concurrency';

/** About four tenants at a time: fast, without Graph throttling the admin in every tenant at once. */
export const FLEET_CONCURRENCY = 4;
const limit = createLimiter(FLEET_CONCURRENCY);

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
 * Every tenant's connectors, loaded in parallel under one limit. A tenant's failure (403, consent,
 * throttling) stays on that tenant: each is its own query, cached under its own tenant's key.
 */
export function useFleet(tenants: TenantInfo[]): TenantLoad[] {
  const home = homeTenantId(useAuth());
  const snapshots = useFleetSnapshots(tenants.map((tenant) => tenant.tenantId));
  return useQueries({
    queries: tenants.map((tenant) => {
      // Scoped as the connector pages scope it (the sign-in tenant has no tenant id), so the fleet and
      // those pages share one cache, and a rename or delete there is in the fleet when the admin is back.
      const scope = sameTenant(tenant.tenantId, home) ? undefined : tenant.tenantId;
      return {
        queryKey: connectorQueries.list(scope).queryKey,
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          limit(() => listConnectors(signal, scope)),
        placeholderData: snapshots.get(tenant.tenantId),
      };
    }),
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
