import type { Connector } from '@/features/connectors/model/connector';
import type { PatchResponseMode } from '@/features/demo/model/demo-controls';
import type { ScopeTag } from '@/features/scope-tags/types';

import { createFaultStore, type FaultStore } from '../faults/fault-store';
import { TENANT_KEY } from '../faults/storage-keys';
import type { KeyValueStore } from '../graph/key-value-store';

import { seedConnectors, seedScopeTags } from './seed';
import { createTenantDirectory } from './tenant-directory';

export { memoryStore } from '../graph/key-value-store';
export type { PatchResponseMode };

type DbState = {
  connectors: Connector[];
  scopeTags: ScopeTag[];
  patchResponse: PatchResponseMode;
  /** Graph may answer fewer items than `$top` asks for; a test sets this to page a small tenant finely. */
  maxPageSize?: number;
};

export const STORAGE_KEY = TENANT_KEY;

export type TenantDbOptions = {
  /** Where the tenant is kept; the home tenant's key has no suffix. */
  key?: string;
  seed?: (now: number) => Connector[];
  faults?: FaultStore;
  /** Keep the seed in memory until the first change: 100 fleet tenants would fill localStorage. */
  storeOnChange?: boolean;
};

/**
 * One mock tenant. Every call reads the store afresh, so browser tabs that share localStorage
 * see each other's saved changes, as two admins on one tenant would.
 */
export function createTenantDb(
  store: KeyValueStore,
  now: () => number = Date.now,
  {
    key = STORAGE_KEY,
    seed = seedConnectors,
    faults = createFaultStore(store),
    storeOnChange = false,
  }: TenantDbOptions = {},
) {
  let seeded: DbState | null = null;
  const fresh = (): DbState => ({
    connectors: seed(now()),
    scopeTags: seedScopeTags,
    patchResponse: 'no-content',
  });

  const read = (): DbState => {
    const raw = store.getItem(key);
    if (raw) {
      try {
        return JSON.parse(raw) as DbState;
      } catch {
        // A corrupted demo tenant is replaced by a fresh one below.
      }
    }
    if (storeOnChange) return (seeded ??= fresh());
    const state = fresh();
    store.setItem(key, JSON.stringify(state));
    return state;
  };
  const write = (state: DbState) => store.setItem(key, JSON.stringify(state));

  return {
    /** Armed faults and the log of requests received; see faults/fault-handler.ts. */
    faults,
    listConnectors: () => read().connectors,
    getConnector: (id: string) => read().connectors.find((connector) => connector.id === id),
    updateConnector(id: string, changes: Partial<Connector>): Connector | undefined {
      const state = read();
      const index = state.connectors.findIndex((connector) => connector.id === id);
      const current = state.connectors[index];
      if (!current) return undefined;
      const updated = { ...current, ...changes, id };
      state.connectors[index] = updated;
      write(state);
      return updated;
    },
    deleteConnector(id: string): boolean {
      const state = read();
      const remaining = state.connectors.filter((connector) => connector.id !== id);
      if (remaining.length === state.connectors.length) return false;
      write({ ...state, connectors: remaining });
      return true;
    },
    listScopeTags: () => read().scopeTags,
    patchResponse: () => read().patchResponse,
    maxPageSize: () => read().maxPageSize ?? Number.POSITIVE_INFINITY,
    setMaxPageSize(size: number | undefined) {
      write({ ...read(), maxPageSize: size });
    },
    setPatchResponse(mode: PatchResponseMode) {
      write({ ...read(), patchResponse: mode });
    },
    /** Back to the seed, with no armed fault and an empty request log. */
    reset() {
      store.removeItem(key);
      seeded = null;
      if (!storeOnChange) write(fresh());
      faults.reset();
    },
  };
}

export type TenantDb = ReturnType<typeof createTenantDb>;
/** One tenant's data; the handlers answer for one tenant at a time. */
export type MockDb = TenantDb;

/** The demo's mock Graph data: the home tenant's API, and every demo tenant by id. */
export function createMockDb(store: KeyValueStore, now: () => number = Date.now) {
  return createTenantDirectory(store, now, createTenantDb);
}

export type MockDirectory = ReturnType<typeof createMockDb>;
