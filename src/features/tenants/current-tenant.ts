import { useMatch } from 'react-router';

import { findTenant, type TenantInfo } from '@/config/tenants';
import { useAuth } from '@/lib/auth/auth-context';
import { homeTenantId } from '@/lib/auth/home-tenant';

/** The tenant the address works in: `/t/{tenantId}/…`, or the sign-in tenant everywhere else. */
export function useCurrentTenant(): { tenant: TenantInfo; isHome: boolean; tenants: TenantInfo[] } {
  const auth = useAuth();
  const match = useMatch('/t/:tenantId/*');
  const home = homeTenantId(auth);
  const scoped = match?.params.tenantId
    ? findTenant(auth.tenants, match.params.tenantId)
    : undefined;
  const homeTenant = findTenant(auth.tenants, home) ?? { tenantId: home, name: home };
  const tenant = scoped ?? homeTenant;
  return { tenant, isHome: tenant === homeTenant, tenants: auth.tenants };
}
