import type { AuthClient } from './auth-client';

export const DEMO_ACCOUNT = {
  name: 'Demo Admin',
  username: 'admin@contoso.example',
  tenantId: '00000000-0000-4000-8000-00000000c0de',
};

// Not a JWT and worthless outside the embedded mock Graph; it only proves the header is set.
const DEMO_TOKEN = 'demo-access-token';

export const demoAuthClient: AuthClient = {
  kind: 'demo',
  cloudLabel: 'Demo tenant',
  idleTimeoutMinutes: 0,
  getAccount: () => DEMO_ACCOUNT,
  acquireToken: () => Promise.resolve(DEMO_TOKEN),
  signIn: () => Promise.resolve(),
  signOut: () => Promise.resolve(),
};
