import * as z from '@/config/zod';
import { createStore, type Store } from '@/lib/state/create-store';

export const CHANGE_OUTCOMES = [
  'saved',
  'not applied',
  'not applied (throttled)',
  'failed',
  'conflict',
  'may have been applied',
] as const;
export type ChangeOutcome = (typeof CHANGE_OUTCOMES)[number];

const changeEntrySchema = z.object({
  /**
   * A bulk run's entry, logged when its batch answers: the read after the run updates it under this id.
   */
  id: z.optional(z.string()),
  /** When the change was sent: an ISO 8601 UTC timestamp. */
  at: z.string(),
  /** The listed tenant the change was sent to; null for the sign-in tenant (and entries from before tenants). */
  tenantId: z._default(z.nullable(z.string()), null),
  connectorId: z.string(),
  connectorName: z.string(),
  /** The field's label, as the app shows it. */
  field: z.string(),
  /** Both values as text, as the review showed them. */
  oldValue: z.string(),
  newValue: z.string(),
  outcome: z.enum(CHANGE_OUTCOMES),
  /** The outcome in words when it needs more than its name: the failure, the field Intune kept. */
  detail: z.nullable(z.string()),
  requestId: z.nullable(z.string()),
  clientRequestId: z.nullable(z.string()),
});
/** One field of one connector, as the app sent it to Graph, and how that ended. */
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

// sessionStorage, under the app's prefix: it survives a reload, dies with the tab, and sign-out clears it.
const STORAGE_KEY = 'ndes-connector-admin.change-log';
/** The newest entries kept: a long session of bulk edits must not fill the tab's storage. */
export const MAX_CHANGE_ENTRIES = 2_000;

function readStored(): ChangeEntry[] {
  try {
    const parsed = z
      .array(changeEntrySchema)
      .safeParse(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const store = createStore<ChangeEntry[]>([]);
let loaded = false;

// Read on first use, not at import: importing the change log (the bundle does it on the first page)
// costs no storage read or parse until a screen shows or appends to it.
function load() {
  if (loaded) return;
  loaded = true;
  const stored = readStored();
  if (stored.length > 0) store.set(stored);
}

/** This tab's change log, oldest first. */
export const changeLog: Store<ChangeEntry[]> = {
  get: () => (load(), store.get()),
  set: (next) => (load(), store.set(next)),
  subscribe: (listener) => (load(), store.subscribe(listener)),
  use: () => (load(), store.use()),
};

store.subscribe(() => {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(store.get()));
  } catch (error) {
    // Storage full or refused: the log still holds the entries for this page's life.
    console.warn('The change log could not be kept in sessionStorage.', error);
  }
});

/**
 * Adds what a save (or a bulk edit) sent to the change log, one entry per connector field; an entry
 * whose id is logged already replaces that one where it stands. Keeps the newest MAX_CHANGE_ENTRIES.
 */
export function recordChanges(entries: readonly ChangeEntry[]): void {
  if (entries.length === 0) return;
  const byId = new Map(entries.flatMap((entry) => (entry.id ? [[entry.id, entry] as const] : [])));
  changeLog.set((current) => {
    const updated = current.map((entry) => (entry.id && byId.get(entry.id)) || entry);
    const logged = new Set(current.map((entry) => entry.id));
    const added = entries.filter((entry) => !entry.id || !logged.has(entry.id));
    return [...updated, ...added].slice(-MAX_CHANGE_ENTRIES);
  });
}
