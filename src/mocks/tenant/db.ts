import type { Connector } from '@/features/connectors/model/connector';
import type { ScopeTag } from '@/features/scope-tags/types';
import type { DemoTenant, PatchResponseMode } from '@/lib/demo/demo-controls';

import { createFaultStore } from '../faults/fault-store';
import { TENANT_KEY } from '../faults/storage-keys';
import type { KeyValueStore } from '../graph/key-value-store';

import { largeTenantConnectors } from './large-tenant';
import { seedConnectors, seedScopeTags } from './seed';

export { memoryStore } from '../graph/key-value-store';
export type { PatchResponseMode };

type DbState = {
  connectors: Connector[];
  scopeTags: ScopeTag[];
  patchResponse: PatchResponseMode;
  /** Graph may answer fewer items than `$top` asks for; a test sets this to page a small tenant finely. */
  maxPageSize?: number;
};

const STORAGE_KEY = TENANT_KEY;

/**
 * The mock tenant. Every call reads the store afresh, so browser tabs that share localStorage
 * see each other's saved changes, as two admins on one tenant would.
 */
export function createMockDb(store: KeyValueStore, now: () => number = Date.now) {
  const fresh = (tenant: DemoTenant = 'standard'): DbState => ({
    connectors: tenant === 'large' ? largeTenantConnectors(now()) : seedConnectors(now()),
    scopeTags: seedScopeTags,
    patchResponse: 'no-content',
  });

  const read = (): DbState => {
    const raw = store.getItem(STORAGE_KEY);
    if (raw) {
      try {
        return JSON.parse(raw) as DbState;
      } catch {
        // A corrupted demo tenant is replaced by a fresh one below.
      }
    }
    const state = fresh();
    store.setItem(STORAGE_KEY, JSON.stringify(state));
    return state;
  };
  const write = (state: DbState) => store.setItem(STORAGE_KEY, JSON.stringify(state));
  const faults = createFaultStore(store);

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
    /** Back to the seed (or the 100-connector tenant), with no armed fault and an empty request log. */
    reset(tenant: DemoTenant = 'standard') {
      store.removeItem(STORAGE_KEY);
      write(fresh(tenant));
      faults.reset();
    },
  };
}

export type MockDb = ReturnType<typeof createMockDb>;
