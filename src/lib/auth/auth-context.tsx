import { createContext, useContext, type ReactNode } from 'react';

import type { AuthClient } from './auth-client';

const AuthContext = createContext<AuthClient | null>(null);

export function AuthContextProvider({
  client,
  children,
}: {
  client: AuthClient;
  children: ReactNode;
}) {
  return <AuthContext.Provider value={client}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthClient {
  const client = useContext(AuthContext);
  if (!client) throw new Error('useAuth() needs an <AuthProvider> above it.');
  return client;
}
