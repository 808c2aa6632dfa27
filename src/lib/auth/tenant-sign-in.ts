import type { TenantInfo } from '@/config/tenants';
import { SignInNeededError } from '@/lib/graph/sign-in-needed';

export type TenantSignInReason = 'consent' | 'interaction';

/**
 * Thrown to a Graph call for one tenant whose token needs the admin (consent, MFA, Conditional
 * Access). Only that tenant is affected: the app-wide "Sign in again" prompt stays down. Never a
 * redirect, so a run in that tenant pauses on it as on any SignInNeededError.
 */
export class TenantSignInRequiredError extends SignInNeededError {
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
