import type { TenantInfo } from '@/config/tenants';

import type { AuthClient } from './auth-client';

export const DEMO_ACCOUNT = {
  name: 'Demo Admin',
  username: 'admin@contoso.example',
  tenantId: '00000000-0000-4000-8000-00000000c0de',
  homeAccountId: 'demo-admin',
};

// Not a JWT and worthless outside the embedded mock Graph; it only proves the header is set. The
// mock Graph reads the tenant from it, as Graph reads the tenant from a real token's `tid`.
const DEMO_TOKEN = 'demo-access-token';

/** The demo token for a tenant: the home tenant's is the plain one, others carry the tenant id. */
export function demoToken(tenantId?: string): string {
  return !tenantId || tenantId === DEMO_ACCOUNT.tenantId ? DEMO_TOKEN : `${DEMO_TOKEN}.${tenantId}`;
}

/** The demo admin, signed in to every demo tenant at once. */
export function createDemoAuthClient(
  tenants: TenantInfo[] = [{ tenantId: DEMO_ACCOUNT.tenantId, name: 'Contoso' }],
): AuthClient {
  return {
    kind: 'demo',
    cloudLabel: 'Demo tenant',
    idleTimeoutMinutes: 0,
    tenants,
    getAccount: () => DEMO_ACCOUNT,
    acquireToken: (request) => Promise.resolve(demoToken(request?.tenantId)),
    signIn: () => Promise.resolve(),
    signInToTenant: () => Promise.resolve(),
    signOut: () => Promise.resolve(),
  };
}

export const demoAuthClient: AuthClient = createDemoAuthClient();
