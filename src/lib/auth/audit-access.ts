import type { TenantInfo } from '@/config/tenants';

export type AuditAccessReason = 'consent' | 'interaction';

/**
 * Thrown to an auditEvents read whose token needs the admin: the audit permission was never allowed
 * (`interaction`: the "Allow reading Intune audit data" step can ask), or the tenant's administrator
 * must grant it first (`consent`). Only History shows it; the app-wide sign-in prompt stays down.
 */
export class AuditAccessRequiredError extends Error {
  override readonly name = 'AuditAccessRequiredError';
  readonly tenant: TenantInfo;
  readonly reason: AuditAccessReason;
  /** The permission's name as an admin grants it: `DeviceManagementApps.Read.All`. */
  readonly permission: string;
  /** The AADSTS code Entra ID answered with, when there was one. */
  readonly code: string | null;
  /** Where the tenant's administrator grants consent; null in demo mode. */
  readonly consentUrl: string | null;

  constructor(options: {
    tenant: TenantInfo;
    reason: AuditAccessReason;
    permission: string;
    code: string | null;
    consentUrl: string | null;
  }) {
    super(
      options.reason === 'consent'
        ? `An administrator of ${options.tenant.name} must grant the app ${options.permission} (admin consent) before History can read Intune's audit log.`
        : `History reads Intune's audit log, which needs the ${options.permission} permission.`,
    );
    this.tenant = options.tenant;
    this.reason = options.reason;
    this.permission = options.permission;
    this.code = options.code;
    this.consentUrl = options.consentUrl;
  }
}

export function isAuditAccessRequired(error: unknown): error is AuditAccessRequiredError {
  return error instanceof AuditAccessRequiredError;
}

/** `https://graph.microsoft.us/DeviceManagementApps.Read.All` → `DeviceManagementApps.Read.All`. */
export const permissionName = (scope: string) => scope.split('/').at(-1) ?? scope;
