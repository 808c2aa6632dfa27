export type AuthAccount = {
  name: string;
  username: string;
  tenantId: string;
};

export type TokenRequest = {
  /** A claims challenge from Graph's WWW-Authenticate header (Continuous Access Evaluation). */
  claims?: string;
};

/** The seam the app reads the signed-in admin and Graph tokens through: MSAL in production, a fixed account in demo. */
export interface AuthClient {
  readonly kind: 'msal' | 'demo';
  /** A name for the tenant's cloud, shown in the account menu. */
  readonly cloudLabel: string;
  /** Minutes without input in any of the app's tabs before it signs out; 0 = never. */
  readonly idleTimeoutMinutes: number;
  getAccount(): AuthAccount | null;
  /** A Graph access token for the configured scopes; may leave for an interactive sign-in. */
  acquireToken(request?: TokenRequest): Promise<string>;
  signIn(): Promise<void>;
  /** Signs out everywhere in this browser (other tabs follow); `idle` is said on the sign-in page. */
  signOut(reason?: 'idle'): Promise<void>;
}
