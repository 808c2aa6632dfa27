import { removeKeysStartingWith } from '@/lib/remove-keys';

import { snapshotSchema, type Snapshot } from './snapshot';

// localStorage, not IndexedDB: it reads synchronously, so the fleet can draw its rows on the first render.
const PREFIX = 'ndes-connector-admin.last-visit.v1:';

/** Who and where: the signed-in user (home account id, or the demo user) and the tenant's directory id. */
export type SnapshotOwner = { user: string; tenantId: string };

export type WriteResult = { ok: true } | { ok: false; reason: 'full' | 'refused' };

export const snapshotKey = ({ user, tenantId }: SnapshotOwner) =>
  `${PREFIX}${encodeURIComponent(user)}:${tenantId.toLowerCase()}`;

const isQuotaError = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** The snapshots in one browser storage; every call survives a storage that throws. */
export function createSnapshotStorage(storage: () => Storage) {
  // Parsed once per stored text: a screen gets the same object until the entry changes (here or in another tab).
  const parsed = new Map<string, { text: string | null; snapshot: Snapshot | null }>();
  const parse = (text: string | null): Snapshot | null => {
    try {
      const result = snapshotSchema.safeParse(JSON.parse(text ?? 'null'));
      return result.success ? result.data : null;
    } catch {
      return null;
    }
  };
  return {
    /** The stored snapshot, or null when there is none or it is not one (a corrupt entry is ignored). */
    read(owner: SnapshotOwner): Snapshot | null {
      const key = snapshotKey(owner);
      let text: string | null;
      try {
        text = storage().getItem(key);
      } catch {
        return null;
      }
      const known = parsed.get(key);
      if (known?.text === text) return known.snapshot;
      const snapshot = parse(text);
      parsed.set(key, { text, snapshot });
      return snapshot;
    },
    write(owner: SnapshotOwner, snapshot: Snapshot): WriteResult {
      try {
        storage().setItem(snapshotKey(owner), JSON.stringify(snapshot));
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: isQuotaError(error) ? 'full' : 'refused' };
      }
    },
    /** Drops every user's and tenant's snapshot in this browser. */
    forgetAll(): void {
      removeKeysStartingWith(storage, PREFIX);
    },
  };
}
export type SnapshotStorage = ReturnType<typeof createSnapshotStorage>;

export const snapshotStorage = createSnapshotStorage(() => localStorage);
