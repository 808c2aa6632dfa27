import { useMemo } from 'react';

import { useAuth } from '@/lib/auth/auth-context';
import { historyAllowed } from '@/lib/auth/history-allowed';
import { createStore } from '@/lib/state/create-store';

import type { Connector } from '../model/connector';

import { toSnapshot, type Snapshot } from './snapshot';
import { snapshotStorage, type SnapshotOwner, type WriteResult } from './snapshot-storage';

/** Bumped on every write and on forgetting, so screens read the stored snapshot again. */
const revision = createStore(0);
// After "Forget", nothing is stored again until the app next starts: forgetting must not undo itself.
let forgotten = false;

/** Why the last write failed (the storage is full, or refused it); null once one succeeds. */
const writeProblem = createStore<'full' | 'refused' | null>(null);

export const useWriteProblem = () => writeProblem.use();

/** The snapshot owner for a tenant: the signed-in user and the tenant's directory id; null before sign-in. */
export function useSnapshotOwner(directoryId: string): SnapshotOwner | null {
  const user = useAuth().getAccount()?.homeAccountId;
  return useMemo(
    () => (user && directoryId ? { user, tenantId: directoryId } : null),
    [user, directoryId],
  );
}

export function readSnapshot(owner: SnapshotOwner): Snapshot | null {
  return snapshotStorage.read(owner);
}

/** The owner's stored snapshot, read again after every write and after "Forget". */
export function useStoredSnapshot(owner: SnapshotOwner | null): Snapshot | null {
  revision.use();
  return owner ? readSnapshot(owner) : null;
}

/** Keeps the list as shown now as the owner's snapshot; null when the browser was told to forget. */
export function storeSnapshot(
  owner: SnapshotOwner,
  connectors: readonly Connector[],
  now = Date.now(),
): WriteResult | null {
  if (forgotten) return null;
  const result = snapshotStorage.write(owner, toSnapshot(connectors, now));
  writeProblem.set(result.ok ? null : result.reason);
  // Only a write that took re-reads: a refused one would be tried again at once, and again.
  if (result.ok) revision.set((count) => count + 1);
  return result;
}

/**
 * "Forget this browser's snapshots": every user's and tenant's, at once, and with them the note that
 * History was allowed, so the list asks for no audit data until History is opened again.
 */
export function forgetSnapshots(): void {
  forgotten = true;
  snapshotStorage.forgetAll();
  historyAllowed.forgetAll();
  revision.set((count) => count + 1);
}
