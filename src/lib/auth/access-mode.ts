import { createStore } from '@/lib/state/create-store';

export type AccessMode = { readOnly: false } | { readOnly: true; reason: string };

const WRITABLE: AccessMode = { readOnly: false };

/** The whole session's mode (the sign-in's scopes), and each tenant's (its own Graph refused a write). */
type AccessModes = { session: AccessMode; tenants: Readonly<Record<string, AccessMode>> };

const accessModes = createStore<AccessModes>({ session: WRITABLE, tenants: {} });

const sameMode = (a: AccessMode, b: AccessMode) =>
  a.readOnly === b.readOnly && (!a.readOnly || (b.readOnly && a.reason === b.reason));

const tenantKeyOf = (tenantId: string) => tenantId.toLowerCase();

/** Marks the session read-only, or writable again: the sign-in's scopes allow writes or not. */
export function setAccessMode(next: AccessMode) {
  accessModes.set((current) =>
    sameMode(current.session, next) ? current : { ...current, session: next },
  );
}

/**
 * Marks one tenant read-only: Graph refused a write there (the admin's role in that tenant). The
 * other tenants stay writable.
 */
export function setTenantAccessMode(tenantId: string, next: AccessMode) {
  const key = tenantKeyOf(tenantId);
  accessModes.set((current) =>
    sameMode(current.tenants[key] ?? WRITABLE, next)
      ? current
      : { ...current, tenants: { ...current.tenants, [key]: next } },
  );
}

const modeIn = ({ session, tenants }: AccessModes, tenantId: string) =>
  session.readOnly ? session : (tenants[tenantKeyOf(tenantId)] ?? WRITABLE);

/** Whether edits are offered in a tenant (the sign-in tenant by its id too), and why not. */
export function getAccessMode(tenantId: string): AccessMode {
  return modeIn(accessModes.get(), tenantId);
}

export function useAccessMode(tenantId: string): AccessMode {
  return modeIn(accessModes.use(), tenantId);
}

export const WRITE_PERMISSION = 'DeviceManagementConfiguration.ReadWrite.All';

// Microsoft's docs disagree on which permission updates an ndesConnector: the update page names
// DeviceManagementServiceConfig.ReadWrite.All, the resource page this one. Either allows the write.
// https://learn.microsoft.com/graph/api/intune-raimportcerts-ndesconnector-update?view=graph-rest-beta
const WRITE_PERMISSIONS = [WRITE_PERMISSION, 'DeviceManagementServiceConfig.ReadWrite.All'].map(
  (permission) => permission.toLowerCase(),
);

/** Whether the granted scopes include a write permission, in any cloud (`https://graph.microsoft.us/…`). */
export function scopesAllowWrite(scopes: readonly string[]): boolean {
  return scopes.some((scope) =>
    WRITE_PERMISSIONS.includes((scope.split('/').at(-1) ?? '').toLowerCase()),
  );
}
