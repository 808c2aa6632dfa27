import type { AuthClient } from './auth-client';

/** The tenant the admin signed in to: its pages keep the URLs without a tenant. */
export function homeTenantId(auth: Pick<AuthClient, 'getAccount' | 'tenants'>): string {
  return auth.getAccount()?.tenantId ?? auth.tenants[0]?.tenantId ?? '';
}
