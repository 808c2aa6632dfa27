import { useSyncExternalStore } from 'react';

export type AccessMode = { readOnly: false } | { readOnly: true; reason: string };

let current: AccessMode = { readOnly: false };
const listeners = new Set<() => void>();

/** Marks the session read-only (missing write scope, or Graph refused a write), with the reason to show. */
export function setAccessMode(next: AccessMode) {
  if (
    current.readOnly === next.readOnly &&
    (!next.readOnly || (current.readOnly && current.reason === next.reason))
  )
    return;
  current = next;
  listeners.forEach((listener) => listener());
}

export function getAccessMode(): AccessMode {
  return current;
}

export function useAccessMode(): AccessMode {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, getAccessMode);
}

export const WRITE_PERMISSION = 'DeviceManagementConfiguration.ReadWrite.All';

/** Whether the granted scopes allow PATCH on ndesConnectors. */
export function scopesAllowWrite(scopes: readonly string[]): boolean {
  return scopes.some((scope) => scope.toLowerCase().endsWith(WRITE_PERMISSION.toLowerCase()));
}
