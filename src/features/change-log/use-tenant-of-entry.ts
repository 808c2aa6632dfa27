import { findTenant } from '@/config/tenants';
import { useAuth } from '@/lib/auth/auth-context';
import { homeTenantId } from '@/lib/auth/home-tenant';

import type { TenantOfEntry } from './change-log-export';

/** In a console with several tenants, each entry's tenant by name and id; undefined with one tenant. */
export function useTenantOfEntry(): TenantOfEntry | undefined {
  const auth = useAuth();
  if (auth.tenants.length < 2) return undefined;
  const home = homeTenantId(auth);
  return ({ tenantId }) => {
    const id = tenantId ?? home;
    return { name: findTenant(auth.tenants, id)?.name ?? id, tenantId: id };
  };
}
