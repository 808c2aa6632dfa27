import type { AccountInfo } from '@azure/msal-browser';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The cached accounts that belong to the configured tenant. A domain name cannot be compared with an
 * account's tenant id, and "organizations" accepts any: both leave the list as it is.
 */
export function accountsForTenant(accounts: AccountInfo[], tenantId: string): AccountInfo[] {
  if (!GUID.test(tenantId)) return accounts;
  return accounts.filter((account) => account.tenantId.toLowerCase() === tenantId.toLowerCase());
}
