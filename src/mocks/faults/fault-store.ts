import {
  faultSpecSchema,
  isUsedUp,
  type ArmedFault,
  type FaultSpec,
} from '@/features/demo/model/faults';
import { createStore } from '@/lib/state/create-store';

import { readJson, type KeyValueStore } from '../graph/key-value-store';

import { matchesPathPattern } from './path-pattern';
import { FAULTS_KEY, REQUESTS_KEY } from './storage-keys';
// Enough for any one test or demo; older entries drop off so localStorage stays small.
const MAX_LOGGED_REQUESTS = 500;

/** One request the mock Graph received, and how it answered (`status: null` = no answer). */
export type LoggedRequest = {
  seq: number;
  method: string;
  path: string;
  query: string;
  body: string | null;
  status: number | null;
  requestId: string | null;
  faultId: string | null;
};

/**
 * Armed faults and the request log, kept with the demo tenant so a Playwright test can arm a fault,
 * reload the page and still count what the app sent.
 */
export function createFaultStore(store: KeyValueStore) {
  const faults = () => readJson<ArmedFault[]>(store, FAULTS_KEY, []);
  // The list as this page last wrote it: a stable snapshot for the Fault lab. Reads that decide an
  // answer still go to storage, which other tabs on the demo tenant share.
  const armed = createStore(faults());
  const writeFaults = (next: ArmedFault[]) => {
    store.setItem(FAULTS_KEY, JSON.stringify(next));
    armed.set(next);
  };
  const requests = () => readJson<LoggedRequest[]>(store, REQUESTS_KEY, []);
  const writeRequests = (next: LoggedRequest[]) =>
    store.setItem(REQUESTS_KEY, JSON.stringify(next.slice(-MAX_LOGGED_REQUESTS)));

  return {
    arm(spec: FaultSpec): ArmedFault {
      const fault: ArmedFault = {
        ...faultSpecSchema.parse(spec),
        id: crypto.randomUUID(),
        hits: 0,
      };
      writeFaults([...faults(), fault]);
      return fault;
    },
    list: faults,
    clear: () => writeFaults([]),
    /**
     * The first armed fault that matches and is not used up, with this request counted as a hit.
     * `inner` names an inner request of a `$batch` (its 1-based place); only `batch` faults match it.
     * `tenantId` is the tenant the request's token is for; a fault armed for another tenant is skipped.
     */
    take(
      method: string,
      path: string,
      { inner, tenantId }: { inner?: { position: number }; tenantId?: string } = {},
    ): ArmedFault | null {
      const all = faults();
      const fault = all.find(
        (candidate) =>
          !isUsedUp(candidate) &&
          (candidate.scope ?? 'direct') === (inner ? 'batch' : 'direct') &&
          (candidate.position === undefined || candidate.position === inner?.position) &&
          (candidate.method === '*' || candidate.method === method.toUpperCase()) &&
          matchesPathPattern(candidate.path, path) &&
          (!candidate.tenantId || candidate.tenantId === tenantId),
      );
      if (!fault) return null;
      fault.hits += 1;
      writeFaults(all);
      return fault;
    },
    subscribe: armed.subscribe,
    /** The armed faults in a component, re-rendering as requests use them up. */
    use: armed.use,
    logRequest(entry: Pick<LoggedRequest, 'method' | 'path' | 'query' | 'body'>): number {
      const all = requests();
      const seq = (all.at(-1)?.seq ?? 0) + 1;
      writeRequests([...all, { ...entry, seq, status: null, requestId: null, faultId: null }]);
      return seq;
    },
    settleRequest(seq: number, outcome: Pick<LoggedRequest, 'status' | 'requestId' | 'faultId'>) {
      writeRequests(
        requests().map((entry) => (entry.seq === seq ? { ...entry, ...outcome } : entry)),
      );
    },
    requests,
    clearRequests: () => store.removeItem(REQUESTS_KEY),
    reset() {
      store.removeItem(REQUESTS_KEY);
      writeFaults([]);
    },
  };
}

export type FaultStore = ReturnType<typeof createFaultStore>;
