import {
  EventType,
  type AccountInfo,
  type EventMessage,
  type PublicClientApplication,
} from '@azure/msal-browser';

import type { AppConfig } from '@/config/app-config';

import { accountsForTenant } from './tenant-accounts';

export type MsalStart = { redirectError: unknown };

/** Initializes MSAL, completes a returning redirect and picks the active account, all before the first render. */
export async function startMsal(
  instance: PublicClientApplication,
  config: Pick<AppConfig, 'tenantId'>,
): Promise<MsalStart> {
  await instance.initialize();
  instance.addEventCallback((message: EventMessage) => {
    // MSAL v5: the LOGIN_SUCCESS payload is the AccountInfo itself.
    if (message.eventType === EventType.LOGIN_SUCCESS && message.payload) {
      const account = message.payload as AccountInfo;
      if (accountsForTenant([account], config.tenantId).length) instance.setActiveAccount(account);
    }
  });
  let redirectError: unknown = null;
  try {
    const result = await instance.handleRedirectPromise();
    if (result?.account && accountsForTenant([result.account], config.tenantId).length)
      instance.setActiveAccount(result.account);
  } catch (error) {
    redirectError = error;
  }
  const active = instance.getActiveAccount();
  if (!active || !accountsForTenant([active], config.tenantId).length) {
    const [first] = accountsForTenant(instance.getAllAccounts(), config.tenantId);
    instance.setActiveAccount(first ?? null);
  }
  return { redirectError };
}
