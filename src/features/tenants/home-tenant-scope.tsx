import { useMemo, type ReactNode } from 'react';

import { findTenant } from '@/config/tenants';
import { useAuth } from '@/lib/auth/auth-context';
import { homeTenantId } from '@/lib/auth/home-tenant';
import { TenantScopeProvider } from '@/lib/tenant-scope';

/** The sign-in tenant's scope, for the pages at URLs without a tenant. */
export function HomeTenantScope({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const home = homeTenantId(auth);
  const listed = findTenant(auth.tenants, home);
  // A single tenantId configuration names the tenant by its id: no name worth showing.
  const name = listed && listed.name !== listed.tenantId ? listed.name : '';
  const scope = useMemo(() => ({ tenantId: home, isHome: true, name }), [name, home]);
  return <TenantScopeProvider value={scope}>{children}</TenantScopeProvider>;
}
