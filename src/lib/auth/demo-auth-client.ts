import { DEFAULT_AUDIT_SCOPE } from '@/config/app-config';
import { findTenant, sameTenant, type TenantId, type TenantInfo } from '@/config/tenants';

import { AuditAccessRequiredError } from './audit-access';
import type { AuthClient, TokenRequest } from './auth-client';
import { checkDemoSignInFault, clearDemoSignInFault } from './demo-sign-in-fault';

export const DEMO_ACCOUNT = {
  name: 'Demo Admin',
  username: 'admin@contoso.example',
  tenantId: '00000000-0000-4000-8000-00000000c0de',
  homeAccountId: 'demo-admin',
};

// Not a JWT and worthless outside the embedded mock Graph; it only proves the header is set. The
// mock Graph reads the tenant from it, as Graph reads the tenant from a real token's `tid`.
const DEMO_TOKEN = 'demo-access-token';
/** Marks a demo token that carries the audit permission; the mock Graph's auditEvents want it. */
export const DEMO_AUDIT_SUFFIX = '.audit';

/** The demo token for a tenant: the home tenant's is the plain one, others carry the tenant id. */
export function demoToken(tenantId: TenantId, scope?: TokenRequest['scope']): string {
  const token = sameTenant(tenantId, DEMO_ACCOUNT.tenantId)
    ? DEMO_TOKEN
    : `${DEMO_TOKEN}.${tenantId}`;
  return scope === 'audit' ? `${token}${DEMO_AUDIT_SUFFIX}` : token;
}

// Kept for the tab, under the app's prefix (sign-out clears it): the demo asks for consent once.
const AUDIT_GRANT_KEY = 'ndes-connector-admin.demo-audit-granted';

/** The demo admin, signed in to every demo tenant at once. */
export function createDemoAuthClient(
  tenants: TenantInfo[] = [{ tenantId: DEMO_ACCOUNT.tenantId, name: 'Contoso' }],
): AuthClient {
  const auditToken = (request: TokenRequest) => {
    if (sessionStorage.getItem(AUDIT_GRANT_KEY) === 'yes') {
      return Promise.resolve(demoToken(request.tenantId, 'audit'));
    }
    const { tenantId } = request;
    return Promise.reject(
      new AuditAccessRequiredError({
        tenant: findTenant(tenants, tenantId) ?? { tenantId, name: tenantId },
        reason: 'interaction',
        permission: DEFAULT_AUDIT_SCOPE,
        code: null,
        consentUrl: null,
      }),
    );
  };
  return {
    kind: 'demo',
    cloudLabel: 'Demo tenant',
    idleTimeoutMinutes: 0,
    tenants,
    getAccount: () => DEMO_ACCOUNT,
    acquireToken: (request) => {
      if (request.scope === 'audit') return auditToken(request);
      try {
        checkDemoSignInFault(request.interactive);
      } catch (error) {
        return Promise.reject(error);
      }
      return Promise.resolve(demoToken(request.tenantId));
    },
    allowAuditAccess: () => {
      sessionStorage.setItem(AUDIT_GRANT_KEY, 'yes');
      return Promise.resolve();
    },
    signIn: () => Promise.resolve(clearDemoSignInFault()),
    signInWithPopup: () => Promise.resolve(clearDemoSignInFault()),
    signInToTenant: () => Promise.resolve(),
    signOut: () => Promise.resolve(),
  };
}

export const demoAuthClient: AuthClient = createDemoAuthClient();
