import { Navigate, useParams } from 'react-router';

import { paths } from '@/config/paths';
import { findTenant } from '@/config/tenants';
import { TenantConnectorPage } from '@/features/fleet/tenant-connector-page';
import { useAuth } from '@/lib/auth/auth-context';

/** `/t/{tenantId}/connectors/{id}`: the sign-in tenant's connectors open at today's URLs. */
export function TenantConnectorRoute() {
  const { tenantId = '', id = '' } = useParams();
  const auth = useAuth();
  const tenant = findTenant(auth.tenants, tenantId);
  const home = auth.getAccount()?.tenantId ?? auth.tenants[0]?.tenantId ?? '';
  if (!tenant || tenant.tenantId.toLowerCase() === home.toLowerCase())
    return <Navigate to={paths.connector.href(id)} replace />;
  return <TenantConnectorPage tenant={tenant} id={id} />;
}
