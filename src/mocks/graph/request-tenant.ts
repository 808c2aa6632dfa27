// The demo auth client's token names the tenant (lib/auth/demo-auth-client.ts): the plain token is
// the home tenant's, `demo-access-token.<tenant id>` another's. Any other token is the home tenant's.
// A token for History's audit permission ends in `.audit`.
const TENANT_TOKEN = /^Bearer demo-access-token\.([0-9a-f-]{36})(?:\.audit)?$/i;
const AUDIT_TOKEN = /^Bearer demo-access-token(?:\.[0-9a-f-]{36})?\.audit$/i;

/** The tenant a request to the mock Graph is for, or null for the home tenant. */
export function requestTenantId(request: Request): string | null {
  return TENANT_TOKEN.exec(request.headers.get('authorization') ?? '')?.[1] ?? null;
}

/** Whether the request's token carries the audit permission (DeviceManagementApps.Read.All). */
export function requestHasAuditScope(request: Request): boolean {
  return AUDIT_TOKEN.test(request.headers.get('authorization') ?? '');
}
