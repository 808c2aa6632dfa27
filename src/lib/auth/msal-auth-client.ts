import {
  EventType,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type EventMessage,
  type PublicClientApplication,
} from '@azure/msal-browser';

import type { AppConfig } from '@/config/app-config';
import { CLOUDS } from '@/config/clouds';

import { scopesAllowWrite, setAccessMode, WRITE_PERMISSION } from './access-mode';
import type { AuthAccount, AuthClient, TokenRequest } from './auth-client';
import { runBeforeInteraction } from './interaction-hooks';

const toAccount = (account: AccountInfo): AuthAccount => ({
  name: account.name ?? account.username,
  username: account.username,
  tenantId: account.tenantId,
});

export type MsalStart = { redirectError: unknown };

/** Initializes MSAL, completes a returning redirect and picks the active account, all before the first render. */
export async function startMsal(instance: PublicClientApplication): Promise<MsalStart> {
  await instance.initialize();
  instance.addEventCallback((message: EventMessage) => {
    // MSAL v5: the LOGIN_SUCCESS payload is the AccountInfo itself.
    if (message.eventType === EventType.LOGIN_SUCCESS && message.payload) {
      instance.setActiveAccount(message.payload as AccountInfo);
    }
  });
  let redirectError: unknown = null;
  try {
    const result = await instance.handleRedirectPromise();
    if (result?.account) instance.setActiveAccount(result.account);
  } catch (error) {
    redirectError = error;
  }
  if (!instance.getActiveAccount()) {
    const [first] = instance.getAllAccounts();
    if (first) instance.setActiveAccount(first);
  }
  return { redirectError };
}

class InteractionStartedError extends Error {
  override readonly name = 'InteractionStartedError';
  constructor() {
    super('Signing you in again…');
  }
}

export function createMsalAuthClient(
  instance: PublicClientApplication,
  config: AppConfig,
): AuthClient {
  let inFlight: Promise<string> | null = null;
  let interacting = false;

  const noteGrantedScopes = (result: AuthenticationResult) => {
    setAccessMode(
      scopesAllowWrite(result.scopes)
        ? { readOnly: false }
        : {
            readOnly: true,
            reason: `Read-only: your sign-in was not granted ${WRITE_PERMISSION}. Ask an administrator to grant it to the app.`,
          },
    );
  };

  // Never start a second interaction: one redirect is already taking the page away.
  const interact = async (start: () => Promise<void>): Promise<never> => {
    if (!interacting) {
      interacting = true;
      runBeforeInteraction();
      await start();
    }
    throw new InteractionStartedError();
  };

  const acquire = async ({ claims }: TokenRequest): Promise<string> => {
    const account = instance.getActiveAccount();
    const request = { scopes: config.scopes, claims };
    if (!account) return interact(() => instance.loginRedirect(request));
    try {
      const result = await instance.acquireTokenSilent({
        ...request,
        account,
        forceRefresh: Boolean(claims),
      });
      noteGrantedScopes(result);
      return result.accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) {
        return interact(() => instance.acquireTokenRedirect({ ...request, account }));
      }
      throw error;
    }
  };

  return {
    kind: 'msal',
    cloudLabel: CLOUDS[config.cloud].label,
    getAccount: () => {
      const account = instance.getActiveAccount();
      return account ? toAccount(account) : null;
    },
    // Single-flight: concurrent queries share one silent token request (claims requests go alone).
    acquireToken: (request = {}) => {
      if (request.claims) return acquire(request);
      inFlight ??= acquire(request).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    signIn: () =>
      interact(() => instance.loginRedirect({ scopes: config.scopes })).catch(() => undefined),
    signOut: () => instance.logoutRedirect({ account: instance.getActiveAccount() }),
  };
}
