import { createStore } from '@/lib/state/create-store';

export type AccessMode = { readOnly: false } | { readOnly: true; reason: string };

const accessMode = createStore<AccessMode>({ readOnly: false });

/** Marks the session read-only (missing write scope, or Graph refused a write), with the reason to show. */
export function setAccessMode(next: AccessMode) {
  accessMode.set((current) =>
    current.readOnly === next.readOnly &&
    (!next.readOnly || (current.readOnly && current.reason === next.reason))
      ? current
      : next,
  );
}

export function getAccessMode(): AccessMode {
  return accessMode.get();
}

export function useAccessMode(): AccessMode {
  return accessMode.use();
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
