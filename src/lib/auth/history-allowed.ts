import type { TenantId } from '@/config/tenants';
import { removeKeysStartingWith } from '@/lib/remove-keys';

// localStorage, beside the list's snapshots, and forgotten with them: it names no data, only that
// the admin once let History read the audit log here, so "Since your last visit" may ask silently.
const PREFIX = 'ndes-connector-admin.history-allowed.v1:';

/** The signed-in user (home account id) and the tenant History read the audit log of. */
export type HistoryOwner = { user: string; tenantId: TenantId };

const keyOf = ({ user, tenantId }: HistoryOwner) =>
  `${PREFIX}${encodeURIComponent(user)}:${tenantId.toLowerCase()}`;

/** Every call survives a storage that throws (full, or refused): the marker is then simply absent. */
export function createHistoryAllowed(storage: () => Storage) {
  return {
    /** History got its audit token for this user and tenant. */
    remember(owner: HistoryOwner): void {
      try {
        storage().setItem(keyOf(owner), 'yes');
      } catch {
        // Without the marker the list shows no names: nothing else depends on it.
      }
    },
    has(owner: HistoryOwner): boolean {
      try {
        return storage().getItem(keyOf(owner)) === 'yes';
      } catch {
        return false;
      }
    },
    /** With "Forget this browser's snapshots": every user's and tenant's marker. */
    forgetAll(): void {
      removeKeysStartingWith(storage, PREFIX);
    },
  };
}

export const historyAllowed = createHistoryAllowed(() => localStorage);
