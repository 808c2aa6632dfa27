import { createStore } from '@/lib/state/create-store';

import type { RetryProgress } from './retry-loop';

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

type Waiting = { key: symbol; status: RetryStatus };

const waiting = createStore<readonly Waiting[]>([]);

/** Fed by the Graph client's `onRetry`: a request shows (and updates) while it waits, and leaves when it settles. */
export function reportRetryProgress(progress: RetryProgress) {
  const others = (list: readonly Waiting[]) => list.filter(({ key }) => key !== progress.key);
  if (progress.phase === 'settled') {
    waiting.set((list) => (list.some(({ key }) => key === progress.key) ? others(list) : list));
    return;
  }
  const { key, request, attempt, maxAttempts, delayMs, status } = progress;
  const shown: RetryStatus = {
    method: request.method,
    nextAttempt: attempt + 1,
    maxAttempts,
    delayMs,
    reason: status === null ? 'network' : `HTTP ${status}`,
  };
  // Appended last, so the request that waited most recently is the one shown.
  waiting.set((list) => [...others(list), { key, status: shown }]);
}

const latest = (list: readonly Waiting[]) => list.at(-1)?.status ?? null;

export function getRetryStatus(): RetryStatus | null {
  return latest(waiting.get());
}

export const subscribeToRetryStatus = waiting.subscribe;

export function useRetryStatus(): RetryStatus | null {
  return latest(waiting.use());
}
