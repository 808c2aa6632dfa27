import type { TenantId, TenantInfo } from '@/config/tenants';
import type { Interactive } from '@/lib/graph/sign-in-needed';

export type AuthAccount = {
  name: string;
  username: string;
  tenantId: string;
  /** Who this is across tenants (MSAL's home account id; a fixed one in demo): keys what the browser keeps per user. */
  homeAccountId: string;
};

export type TokenRequest = {
  /** A claims challenge from Graph's WWW-Authenticate header (Continuous Access Evaluation). */
  claims?: string;
  /** The tenant whose Graph the token is for (the sign-in tenant's id too). */
  tenantId: TenantId;
  /**
   * `audit`: a token with only the audit permission (`auditScope`), for auditEvents and nothing else.
   * Asked for silently; without it, an AuditAccessRequiredError (see allowAuditAccess).
   */
  scope?: 'audit';
  /** `never`: when only the user can renew the token, throw SignInNeededError; never redirect. */
  interactive?: Interactive;
};

/** The seam the app reads the signed-in admin and Graph tokens through: MSAL in production, a fixed account in demo. */
export interface AuthClient {
  readonly kind: 'msal' | 'demo';
  /** A name for the tenant's cloud, shown in the account menu. */
  readonly cloudLabel: string;
  /** Minutes without input in any of the app's tabs before it signs out; 0 = never. */
  readonly idleTimeoutMinutes: number;
  /** The tenants the console works in (one unless config.json lists several). */
  readonly tenants: TenantInfo[];
  getAccount(): AuthAccount | null;
  /** A Graph access token for the configured scopes; may leave for an interactive sign-in. */
  acquireToken(request: TokenRequest): Promise<string>;
  /** History's "Allow reading Intune audit data" step: asks the admin for the audit permission. */
  allowAuditAccess(tenantId: TenantId): Promise<void>;
  signIn(): Promise<void>;
  /** A sign-in in a popup, for `tenantId`'s token; the page stays (a paused run goes on after it). */
  signInWithPopup(tenantId: TenantId): Promise<void>;
  /** An interactive sign-in to one listed tenant, for its consent, MFA or Conditional Access. */
  signInToTenant(tenantId: string): Promise<void>;
  /** Signs out everywhere in this browser (other tabs follow); `idle` is said on the sign-in page. */
  signOut(reason?: 'idle'): Promise<void>;
}
