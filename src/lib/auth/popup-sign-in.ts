import { AuthError, type PublicClientApplication } from '@azure/msal-browser';

import type { AppConfig } from '@/config/app-config';
import type { TenantId } from '@/config/tenants';

import { describeAuthError } from './msal-errors';
import { accountInTenant, createTenantTokens, tenantRequest } from './tenant-token';

/** Why a sign-in in a popup did not complete, in words (the popup was blocked, closed, refused). */
export class PopupSignInError extends Error {
  override readonly name = 'PopupSignInError';
}

/**
 * A sign-in in a popup: the page stays, so a paused run can go on afterwards. `tenantId` is the tenant
 * whose token is needed (the sign-in tenant's id too).
 */
export async function popupSignIn(
  instance: PublicClientApplication,
  config: AppConfig,
  tenantId: TenantId,
): Promise<void> {
  const home = instance.getActiveAccount();
  const other = createTenantTokens(instance, config).isOtherTenant(tenantId);
  const request =
    home && other
      ? { ...tenantRequest(config, tenantId), account: accountInTenant(instance, home, tenantId) }
      : { scopes: config.scopes, ...(home ? { account: home } : {}) };
  try {
    const result = await instance.acquireTokenPopup(request);
    if (!other && result.account) instance.setActiveAccount(result.account);
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    throw new PopupSignInError(describeAuthError(error, config.clientId));
  }
}
