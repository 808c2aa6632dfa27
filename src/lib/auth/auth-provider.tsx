import type { IPublicClientApplication } from '@azure/msal-browser';
import { MsalProvider } from '@azure/msal-react';
import type { ReactNode } from 'react';

import type { AuthClient } from './auth-client';
import { AuthContextProvider } from './auth-context';

export type AuthSession = { client: AuthClient; msal?: IPublicClientApplication };

/** Puts the auth seam in the tree; with MSAL, MsalProvider wraps it so MSAL's React hooks stay available. */
export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  const inner = <AuthContextProvider client={session.client}>{children}</AuthContextProvider>;
  return session.msal ? <MsalProvider instance={session.msal}>{inner}</MsalProvider> : inner;
}
