import {
  AuthError,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type PublicClientApplication,
} from '@azure/msal-browser';

import type { AppConfig } from '@/config/app-config';
import { CLOUDS } from '@/config/clouds';
import { SignInNeededError } from '@/lib/graph/sign-in-needed';

import { scopesAllowWrite, setAccessMode, WRITE_PERMISSION } from './access-mode';
import type { AuditTokens } from './audit-token';
import type { AuthAccount, AuthClient, TokenRequest } from './auth-client';
import { leavingForEntra, redirectsHeld, runBeforeInteraction } from './interaction-hooks';
import { aadstsCode, describeAuthError, isNetworkAuthError } from './msal-errors';
import { popupSignIn } from './popup-sign-in';
import { postSessionMessage } from './session-channel';
import { clearAppStorage, noteSignedOut, type SignedOutReason } from './session-storage';
import { InteractionStartedError, signInPrompt, SignInRequiredError } from './sign-in-prompt';
import { accountInTenant, createTenantTokens, tenantRequest } from './tenant-token';

const toAccount = ({ name, username, tenantId, homeAccountId }: AccountInfo): AuthAccount => {
  return { name: name ?? username, username, tenantId, homeAccountId };
};

type MsalAuthClientOptions = {
  /** An interactive attempt just came back with an error: the next one waits for a click. */
  interactiveAttemptFailed?: boolean;
};

export function createMsalAuthClient(
  instance: PublicClientApplication,
  config: AppConfig,
  { interactiveAttemptFailed = false }: MsalAuthClientOptions = {},
): AuthClient {
  // One silent request per kind: a run's (never interactive) must not share one that may redirect.
  const inFlight = new Map<string, Promise<string>>();
  const tenantTokens = createTenantTokens(instance, config);
  // Audit tokens load with History (its first silent request), so most sessions never fetch them.
  let auditTokens: Promise<AuditTokens> | null = null;
  const audit = () =>
    (auditTokens ??= import('./audit-token').then(({ createAuditTokens }) =>
      createAuditTokens(instance, config),
    ));
  let interacting = false;
  let mayInteractUnasked = !interactiveAttemptFailed;

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

  // The first reason stays on screen (a failed redirect is shown once, before what followed from it).
  const askToSignIn = (error: unknown): never => {
    signInPrompt.set(
      (current) =>
        current ?? { message: describeAuthError(error, config.clientId), code: aadstsCode(error) },
    );
    throw new SignInRequiredError();
  };

  // One interaction at a time. The flag is released whenever the page is still here afterwards: a
  // failure (shown through the prompt), or a redirect the browser did not follow.
  const interact = async (start: () => Promise<void>): Promise<never> => {
    if (interacting) throw new InteractionStartedError();
    interacting = true;
    leavingForEntra.set(true);
    try {
      runBeforeInteraction();
      await start();
    } catch (error) {
      askToSignIn(error);
    } finally {
      interacting = false;
      leavingForEntra.set(false);
    }
    throw new InteractionStartedError();
  };

  const signInAgain = () => {
    const account = instance.getActiveAccount();
    return interact(() =>
      account
        ? instance.acquireTokenRedirect({ scopes: config.scopes, account })
        : instance.loginRedirect({ scopes: config.scopes }),
    );
  };

  const acquire = async ({ claims, interactive }: TokenRequest): Promise<string> => {
    const account = instance.getActiveAccount();
    const request = { scopes: config.scopes, claims };
    if (!account && interactive === 'never') throw new SignInNeededError();
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
      if (isNetworkAuthError(error) || !(error instanceof AuthError)) throw error;
      if (interactive === 'never') throw new SignInNeededError();
      // While a run is in flight, no other request may take the page away from it.
      if (error instanceof InteractionRequiredAuthError && mayInteractUnasked && !redirectsHeld()) {
        return interact(() => instance.acquireTokenRedirect({ ...request, account }));
      }
      // timed_out, monitor_window_timeout, a refused refresh token: only the user can resolve these.
      return askToSignIn(error);
    }
  };

  return {
    kind: 'msal',
    cloudLabel: CLOUDS[config.cloud].label,
    idleTimeoutMinutes: config.idleTimeoutMinutes,
    getAccount: () => {
      const account = instance.getActiveAccount();
      return account ? toAccount(account) : null;
    },
    // Single-flight: concurrent queries share one silent token request (claims requests go alone).
    tenants: config.tenants,
    acquireToken: (request) => {
      const { tenantId, claims } = request;
      if (request.scope === 'audit') return audit().then((tokens) => tokens.acquire(request));
      if (tenantTokens.isOtherTenant(tenantId)) return tenantTokens.acquire({ tenantId, claims });
      if (request.claims) return acquire(request);
      const key = request.interactive ?? 'may-interact';
      const pending = inFlight.get(key) ?? acquire(request).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
      return pending;
    },
    allowAuditAccess: async (tenantId) => (await audit()).allow(tenantId),
    signIn: () => {
      mayInteractUnasked = true;
      signInPrompt.set(null);
      return signInAgain().catch(() => undefined);
    },
    signInWithPopup: async (tenantId) => {
      await popupSignIn(instance, config, tenantId);
      signInPrompt.set(null);
    },
    signInToTenant: (tenantId) => {
      const account = instance.getActiveAccount();
      if (!account) return signInAgain().catch(() => undefined);
      return interact(() =>
        instance.acquireTokenRedirect({
          ...tenantRequest(config, tenantId),
          account: accountInTenant(instance, account, tenantId),
        }),
      ).catch(() => undefined);
    },
    signOut: async (reason?: SignedOutReason) => {
      const account = instance.getActiveAccount();
      clearAppStorage();
      if (reason) noteSignedOut(reason);
      postSessionMessage({ type: 'signed-out' });
      leavingForEntra.set(true);
      try {
        // With the account, MSAL sends its login_hint claim as Entra ID's logout_hint.
        await instance.logoutRedirect({ account });
      } finally {
        leavingForEntra.set(false);
      }
    },
  };
}
