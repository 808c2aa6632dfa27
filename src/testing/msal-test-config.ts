import type { AppConfig } from '@/config/app-config';

/** An MSP admin's home tenant and two customer tenants, for tests of tokens per tenant. */
export const HOME = 'aaaaaaaa-0000-4000-8000-000000000001';
export const FABRIKAM = 'bbbbbbbb-0000-4000-8000-000000000002';
export const NORTHWIND = 'cccccccc-0000-4000-8000-000000000003';
export const ACCOUNT = { homeAccountId: `oid.${HOME}`, username: 'meganb@msp.com', tenantId: HOME };

export const MSAL_TEST_CONFIG = {
  clientId: '11111111-2222-3333-4444-555555555555',
  tenantId: HOME,
  tenants: [
    { tenantId: HOME, name: 'Contoso' },
    { tenantId: FABRIKAM, name: 'Fabrikam' },
    { tenantId: NORTHWIND, name: 'Northwind' },
  ],
  cloud: 'global',
  redirectUri: 'https://admin.msp.com/redirect.html',
  scopes: ['https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All'],
  auditScope: 'https://graph.microsoft.com/DeviceManagementApps.Read.All',
  idleTimeoutMinutes: 60,
} as AppConfig;
