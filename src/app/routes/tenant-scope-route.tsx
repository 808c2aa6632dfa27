import { useMemo } from 'react';
import { Navigate, Outlet, useLocation, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { findTenant, sameTenant } from '@/config/tenants';
import { useAuth } from '@/lib/auth/auth-context';
import { homeTenantId } from '@/lib/auth/home-tenant';
import { TenantScopeProvider } from '@/lib/tenant-scope';

/**
 * `/t/{tenantId}/…`: the pages below work in that listed tenant. The sign-in tenant keeps today's
 * URLs, so its `/t/…` address redirects there.
 */
export function TenantScopeRoute() {
  const { tenantId = '' } = useParams();
  const { pathname, search } = useLocation();
  const auth = useAuth();
  const tenant = findTenant(auth.tenants, tenantId);
  const scope = useMemo(
    () => tenant && { tenantId: tenant.tenantId, isHome: false, name: tenant.name },
    [tenant],
  );
  if (!tenant || !scope) {
    return (
      <Alert severity="error">
        {`The tenant ${tenantId} is not one this console lists. Its administrator adds it to "tenants" in config.json.`}
      </Alert>
    );
  }
  if (sameTenant(tenant.tenantId, homeTenantId(auth))) {
    return <Navigate to={`${pathname.replace(/^\/t\/[^/]+/, '')}${search}`} replace />;
  }
  return (
    <TenantScopeProvider value={scope}>
      {/* Keyed: Back or a switch to another tenant starts its pages afresh, with no dialog or selection of this one. */}
      <Outlet key={scope.tenantId.toLowerCase()} />
    </TenantScopeProvider>
  );
}
