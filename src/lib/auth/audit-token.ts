import { AuthError, type AccountInfo, type PublicClientApplication } from '@azure/msal-browser';

import type { AppConfig } from '@/config/app-config';
import { authorityUrl } from '@/config/clouds';
import { sameTenant, type TenantId } from '@/config/tenants';

import { AuditAccessRequiredError, permissionName } from './audit-access';
import { leavingForEntra, runBeforeInteraction } from './interaction-hooks';
import { aadstsCode, isNetworkAuthError } from './msal-errors';
import { accountInTenant, isConsentMissing, tenantConsentUrl, tenantInfo } from './tenant-token';

type AuditConfig = Pick<
  AppConfig,
  'cloud' | 'clientId' | 'redirectUri' | 'scopes' | 'tenants' | 'tenantId' | 'auditScope'
>;

// The popup could not open (blocked): a full-page redirect asks instead, keeping drafts as "Sign in again" does.
const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error']);

/**
 * Tokens with only the audit scope (`auditScope`), for auditEvents reads: asked for silently, and
 * interactively only from History's "Allow reading Intune audit data" step. The app's other requests
 * never carry this scope, and these tokens never serve them.
 */
export type AuditTokens = ReturnType<typeof createAuditTokens>;

export function createAuditTokens(instance: PublicClientApplication, config: AuditConfig) {
  const request = (tenant: TenantId, home: AccountInfo) => {
    return {
      scopes: [config.auditScope],
      authority: authorityUrl(config.cloud, tenant),
      account: sameTenant(tenant, home.tenantId) ? home : accountInTenant(instance, home, tenant),
    };
  };
  const required = (tenant: TenantId, error: unknown) => {
    const consent = error instanceof AuthError && isConsentMissing(error);
    return new AuditAccessRequiredError({
      tenant: tenantInfo(config, tenant),
      reason: consent ? 'consent' : 'interaction',
      permission: permissionName(config.auditScope),
      code: aadstsCode(error),
      consentUrl: tenantConsentUrl(config, tenant),
    });
  };
  const home = () => {
    const account = instance.getActiveAccount();
    if (!account) throw required(config.tenantId, null);
    return account;
  };

  return {
    async acquire({ tenantId, claims }: { tenantId: TenantId; claims?: string }): Promise<string> {
      const account = home();
      try {
        const result = await instance.acquireTokenSilent({
          ...request(tenantId, account),
          claims,
          forceRefresh: Boolean(claims),
        });
        return result.accessToken;
      } catch (error) {
        if (isNetworkAuthError(error) || !(error instanceof AuthError)) throw error;
        throw required(tenantId, error);
      }
    },
    async allow(tenantId: TenantId): Promise<void> {
      const asked = request(tenantId, home());
      try {
        await instance.acquireTokenPopup(asked);
      } catch (error) {
        if (!(error instanceof AuthError)) throw error;
        if (!POPUP_BLOCKED.has(error.errorCode)) throw required(tenantId, error);
        runBeforeInteraction();
        leavingForEntra.set(true);
        try {
          await instance.acquireTokenRedirect(asked);
        } finally {
          leavingForEntra.set(false);
        }
      }
    },
  };
}
