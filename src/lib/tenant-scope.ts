import { createContext, use } from 'react';

import { paths } from '@/config/paths';
import { tenantPaths } from '@/config/tenant-paths';

/** The tenant a page works in: its Graph calls, caches, drafts and URLs all belong to it. */
export type TenantScope = {
  /** Another listed tenant; undefined for the sign-in tenant, which keeps today's URLs. */
  tenantId: string | undefined;
  /** The name admins know the tenant by (its id when the configuration names none). */
  name: string;
  /** The tenant's directory id, the sign-in tenant's too ('' before sign-in). */
  directoryId: string;
};

const TenantScopeContext = createContext<TenantScope>({
  tenantId: undefined,
  name: '',
  directoryId: '',
});

export const TenantScopeProvider = TenantScopeContext.Provider;

export function useTenantScope(): TenantScope {
  return use(TenantScopeContext);
}

/** The cache key prefix of a tenant: the sign-in tenant's keys have none, as before tenants existed. */
export const tenantKey = (tenantId: string | undefined): readonly string[] =>
  tenantId ? ['tenant', tenantId.toLowerCase()] : [];

/** The connector pages' URLs in a tenant. */
export function scopedPaths(tenantId: string | undefined) {
  if (!tenantId)
    return {
      connectors: paths.connectors.href(),
      connector: paths.connector.href,
      connectorEdit: paths.connectorEdit.href,
    };
  return {
    connectors: tenantPaths.connectors.href(tenantId),
    connector: (id: string) => tenantPaths.connector.href(tenantId, id),
    connectorEdit: (id: string) => tenantPaths.connectorEdit.href(tenantId, id),
  };
}

export const useScopedPaths = () => scopedPaths(useTenantScope().tenantId);
