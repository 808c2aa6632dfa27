import { useQueries } from '@tanstack/react-query';

import type { TenantInfo } from '@/config/tenants';
import type { Connector } from '@/features/connectors/model/connector';
import { listConnectors } from '@/features/connectors/model/connector-queries';
import { createLimiter } from '@/lib/limit-concurrency';

/** About four tenants at a time: fast, without Graph throttling the admin in every tenant at once. */
export const FLEET_CONCURRENCY = 4;
const limit = createLimiter(FLEET_CONCURRENCY);

export const tenantConnectorsKey = (tenantId: string) =>
  ['tenant', tenantId.toLowerCase(), 'connectors', 'list'] as const;

export function listTenantConnectors(tenantId: string, signal?: AbortSignal) {
  return listConnectors(signal, tenantId);
}

export type TenantLoad = {
  tenant: TenantInfo;
  connectors: Connector[] | undefined;
  /** Items Graph listed that could not be read, and whether paging stopped at the cap. */
  unreadable: number;
  complete: boolean;
  error: unknown;
  loading: boolean;
  /** When the list last arrived (0 before), so that views rebuild only when a tenant's list changes. */
  updatedAt: number;
  refetch: () => void;
};

/**
 * Every tenant's connectors, loaded in parallel under one limit. A tenant's failure (403, consent,
 * throttling) stays on that tenant: each is its own query, cached under its own tenant's key.
 */
export function useFleet(tenants: TenantInfo[]): TenantLoad[] {
  return useQueries({
    queries: tenants.map((tenant) => ({
      queryKey: tenantConnectorsKey(tenant.tenantId),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        limit(() => listTenantConnectors(tenant.tenantId, signal)),
    })),
    combine: (results) =>
      results.map((result, index) => ({
        tenant: tenants[index] as TenantInfo,
        connectors: result.data?.connectors,
        unreadable: result.data?.unreadable.length ?? 0,
        complete: result.data?.complete ?? true,
        error: result.error,
        loading: result.isPending,
        updatedAt: result.dataUpdatedAt,
        refetch: () => void result.refetch(),
      })),
  });
}
