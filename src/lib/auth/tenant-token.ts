import { AuthError, type AccountInfo, type PublicClientApplication } from '@azure/msal-browser';

import type { AppConfig } from '@/config/app-config';
import { adminConsentUrl, authorityUrl } from '@/config/clouds';
import { findTenant, sameTenant, type TenantId, type TenantInfo } from '@/config/tenants';

import { aadstsCode, isNetworkAuthError } from './msal-errors';
import { TenantSignInRequiredError, type TenantSignInReason } from './tenant-sign-in';

type TenantConfig = Pick<AppConfig, 'cloud' | 'clientId' | 'redirectUri' | 'scopes' | 'tenants'>;

/**
 * The signed-in account as seen by another tenant. MSAL v5 looks its token cache up by the
 * account's tenantId: passed the home account, a silent request with another tenant's authority is
 * answered from the cache with the home tenant's token. The tenant profile (or the home account
 * re-labelled with the tenant) makes the lookup, and the refresh, happen in that tenant.
 * https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/docs/multi-tenant-accounts.md
 */
export function accountInTenant(
  instance: Pick<PublicClientApplication, 'getAccount'>,
  home: AccountInfo,
  tenantId: string,
): AccountInfo {
  return (
    instance.getAccount({ homeAccountId: home.homeAccountId, tenantId }) ?? { ...home, tenantId }
  );
}

export function isConsentMissing(error: AuthError): boolean {
  return (
    error.errorCode === 'consent_required' ||
    error.subError === 'consent_required' ||
    aadstsCode(error) === 'AADSTS65001'
  );
}

export function tenantRequest(config: TenantConfig, tenantId: string) {
  return { scopes: config.scopes, authority: authorityUrl(config.cloud, tenantId) };
}

export function tenantInfo(config: TenantConfig, tenantId: string): TenantInfo {
  return findTenant(config.tenants, tenantId) ?? { tenantId, name: tenantId };
}

export function tenantConsentUrl(config: TenantConfig, tenantId: string): string {
  return adminConsentUrl(config.cloud, { ...config, tenantId });
}

/** A Graph token from `tenantId`'s authority for the signed-in account, never from another tenant. */
export async function acquireTenantToken(
  instance: PublicClientApplication,
  config: TenantConfig,
  { tenantId, claims }: { tenantId: string; claims?: string },
): Promise<string> {
  const home = instance.getActiveAccount();
  const fail = (reason: TenantSignInReason, code: string | null) =>
    new TenantSignInRequiredError({
      tenant: tenantInfo(config, tenantId),
      reason,
      code,
      consentUrl: reason === 'consent' ? tenantConsentUrl(config, tenantId) : null,
    });
  if (!home) throw fail('interaction', null);
  try {
    const result = await instance.acquireTokenSilent({
      ...tenantRequest(config, tenantId),
      account: accountInTenant(instance, home, tenantId),
      claims,
      forceRefresh: Boolean(claims),
    });
    // A result that names no tenant cannot show it came from this one: refused like another tenant's.
    if (!result.tenantId || !sameTenant(result.tenantId, tenantId)) throw fail('interaction', null);
    return result.accessToken;
  } catch (error) {
    if (error instanceof TenantSignInRequiredError) throw error;
    if (isNetworkAuthError(error) || !(error instanceof AuthError)) throw error;
    throw fail(isConsentMissing(error) ? 'consent' : 'interaction', aadstsCode(error));
  }
}

/** Tokens for the listed tenants other than the signed-in one: one silent request per tenant at a time. */
export function createTenantTokens(instance: PublicClientApplication, config: TenantConfig) {
  const inFlight = new Map<string, Promise<string>>();
  return {
    isOtherTenant(tenantId: TenantId): boolean {
      // Signed out: no home to compare with; the sign-in tenant's path signs in first.
      const home = instance.getActiveAccount()?.tenantId;
      return home !== undefined && !sameTenant(tenantId, home);
    },
    acquire({ tenantId, claims }: { tenantId: string; claims?: string }): Promise<string> {
      if (claims) return acquireTenantToken(instance, config, { tenantId, claims });
      const key = tenantId.toLowerCase();
      const pending =
        inFlight.get(key) ??
        acquireTenantToken(instance, config, { tenantId }).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
      return pending;
    },
  };
}
