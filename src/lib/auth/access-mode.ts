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

/** Whether the granted scopes include the write permission. */
export function scopesAllowWrite(scopes: readonly string[]): boolean {
  return scopes.some((scope) => scope.toLowerCase().endsWith(WRITE_PERMISSION.toLowerCase()));
}
