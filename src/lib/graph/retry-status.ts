import { useSyncExternalStore } from 'react';

/** A Graph request waiting to be sent again: which attempt comes next, and after how long. */
export type RetryStatus = {
  method: string;
  /** The attempt about to be sent, counting the first: 2 after one failure. */
  nextAttempt: number;
  maxAttempts: number;
  delayMs: number;
  /** Why: `HTTP 429`, `HTTP 503`, or `network`. */
  reason: string;
};

const waiting = new Map<symbol, RetryStatus>();
const listeners = new Set<() => void>();
let snapshot: RetryStatus | null = null;

function publish() {
  // The most recent wait is the one worth showing; the others end on their own.
  snapshot = [...waiting.values()].at(-1) ?? null;
  listeners.forEach((listener) => listener());
}

/** One request's retry status: shown (and updated) while it waits to retry, ended when it settles. */
export function trackRetryStatus() {
  const key = Symbol('retry');
  return {
    show(status: RetryStatus) {
      // Re-inserted, so the request that waited last is the one shown.
      waiting.delete(key);
      waiting.set(key, status);
      publish();
    },
    end() {
      if (waiting.delete(key)) publish();
    },
  };
}

export function getRetryStatus(): RetryStatus | null {
  return snapshot;
}

export function subscribeToRetryStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRetryStatus(): RetryStatus | null {
  return useSyncExternalStore(subscribeToRetryStatus, getRetryStatus);
}
