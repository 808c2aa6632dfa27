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
  getAccount(): AuthAccount | null;
  /** A Graph access token for the configured scopes; may leave for an interactive sign-in. */
  acquireToken(request?: TokenRequest): Promise<string>;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
}
