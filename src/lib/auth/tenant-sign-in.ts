import type { TenantInfo } from '@/config/tenants';

export type TenantSignInReason = 'consent' | 'interaction';

/**
 * Thrown to a Graph call for one tenant whose token needs the admin (consent, MFA, Conditional
 * Access). Only that tenant is affected: the app-wide "Sign in again" prompt stays down.
 */
export class TenantSignInRequiredError extends Error {
  override readonly name = 'TenantSignInRequiredError';
  readonly tenant: TenantInfo;
  readonly reason: TenantSignInReason;
  /** The AADSTS code Entra ID answered with, when there was one. */
  readonly code: string | null;
  /** Where the tenant's administrator grants consent; null in demo mode. */
  readonly consentUrl: string | null;

  constructor(options: {
    tenant: TenantInfo;
    reason: TenantSignInReason;
    code: string | null;
    consentUrl: string | null;
  }) {
    super(
      options.reason === 'consent'
        ? `An administrator of ${options.tenant.name} must grant the app its permissions (admin consent).`
        : `Sign in to ${options.tenant.name} to continue (its policies ask for it, for example MFA).`,
    );
    this.tenant = options.tenant;
    this.reason = options.reason;
    this.code = options.code;
    this.consentUrl = options.consentUrl;
  }
}

export function isTenantSignInRequired(error: unknown): error is TenantSignInRequiredError {
  return error instanceof TenantSignInRequiredError;
}
