import {
  EventType,
  InteractionRequiredAuthError,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type EventMessage,
} from '@azure/msal-browser';

import type { AuthAccount, AuthClient } from './auth-client';

export type MsalSettings = {
  clientId: string;
  authority: string;
  redirectUri: string;
  scopes: string[];
};

export function createMsalInstance(settings: MsalSettings) {
  return new PublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      redirectUri: settings.redirectUri,
      postLogoutRedirectUri: '/',
    },
    // sessionStorage: tokens die with the tab and are never shared with other tabs or later sessions.
    cache: { cacheLocation: 'sessionStorage' },
  });
}

const toAccount = (account: AccountInfo): AuthAccount => ({
  name: account.name ?? account.username,
  username: account.username,
  tenantId: account.tenantId,
});

/** Initializes MSAL, completes a returning redirect, and picks the active account before the first render. */
export async function startMsal(instance: PublicClientApplication): Promise<void> {
  await instance.initialize();
  instance.addEventCallback((message: EventMessage) => {
    // In MSAL v5 the LOGIN_SUCCESS payload is the AccountInfo itself.
    if (message.eventType === EventType.LOGIN_SUCCESS && message.payload) {
      const payload = message.payload as AccountInfo | AuthenticationResult;
      instance.setActiveAccount('account' in payload ? payload.account : payload);
    }
  });
  const result = await instance.handleRedirectPromise();
  if (result?.account) instance.setActiveAccount(result.account);
  if (!instance.getActiveAccount()) {
    const [first] = instance.getAllAccounts();
    if (first) instance.setActiveAccount(first);
  }
}

export function createMsalAuthClient(
  instance: PublicClientApplication,
  settings: MsalSettings,
): AuthClient {
  let inFlight: Promise<string> | null = null;

  const acquire = async (): Promise<string> => {
    const account = instance.getActiveAccount();
    if (!account) {
      await instance.loginRedirect({ scopes: settings.scopes });
      throw new Error('Signing in…');
    }
    try {
      const result = await instance.acquireTokenSilent({ scopes: settings.scopes, account });
      return result.accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) {
        await instance.acquireTokenRedirect({ scopes: settings.scopes, account });
      }
      throw error;
    }
  };

  return {
    kind: 'msal',
    getAccount: () => {
      const account = instance.getActiveAccount();
      return account ? toAccount(account) : null;
    },
    // Single-flight: concurrent queries share one token request.
    acquireToken: () => {
      inFlight ??= acquire().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    signIn: () => instance.loginRedirect({ scopes: settings.scopes }),
    signOut: () => instance.logoutRedirect({ account: instance.getActiveAccount() }),
  };
}
