import { createContext, use } from 'react';

import { paths } from '@/config/paths';
import { tenantPaths } from '@/config/tenant-paths';
import type { TenantId } from '@/config/tenants';

export type { TenantId };

/** The tenant a page works in: its Graph calls, caches, drafts and URLs all belong to it. */
export type TenantScope = {
  /** The tenant's directory id ('' before sign-in, when nothing reads Graph). */
  tenantId: TenantId;
  /** The sign-in tenant, whose pages keep the URLs without a tenant. */
  isHome: boolean;
  /** The name admins know the tenant by (its id when the configuration names none). */
  name: string;
};

const TenantScopeContext = createContext<TenantScope>({ tenantId: '', isHome: true, name: '' });

export const TenantScopeProvider = TenantScopeContext.Provider;

export function useTenantScope(): TenantScope {
  return use(TenantScopeContext);
}

/** The cache key prefix of a tenant, the sign-in tenant's too, so the fleet and the pages share keys. */
export function tenantKey(tenantId: TenantId): readonly string[] {
  // Before sign-in there is no tenant, and nothing may be cached as if there were one.
  if (!tenantId) throw new Error('No tenant to cache for: nothing reads Graph before sign-in.');
  return ['tenant', tenantId.toLowerCase()];
}

/** The connector pages' URLs in a tenant. */
export function scopedPaths({ tenantId, isHome }: Pick<TenantScope, 'tenantId' | 'isHome'>) {
  if (isHome)
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

export const useScopedPaths = () => scopedPaths(useTenantScope());
