export type AuthAccount = {
  name: string;
  username: string;
  tenantId: string;
};

/** The seam the app reads the signed-in admin and Graph tokens through: MSAL in production, a fixed account in demo. */
export interface AuthClient {
  readonly kind: 'msal' | 'demo';
  getAccount(): AuthAccount | null;
  /** A Graph access token for the configured scopes; may start an interactive sign-in. */
  acquireToken(): Promise<string>;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
}
