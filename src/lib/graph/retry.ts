export type RetryPolicy = {
  maxAttempts: number;
  /** A Retry-After longer than this is not waited out: the error reaches the user instead. */
  maxTotalWaitMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
};

// Graph's throttling guidance: honour Retry-After, else back off exponentially.
// https://learn.microsoft.com/graph/throttling
export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 3,
  maxTotalWaitMs: 30_000,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
};

const RETRYABLE_READ_STATUSES = new Set([429, 503, 504]);
// A write is retried only when Graph said it did not process it; a 504 may have applied the change.
const RETRYABLE_WRITE_STATUSES = new Set([429, 503]);

export function isRetryableStatus(method: string, status: number): boolean {
  return (method === 'GET' ? RETRYABLE_READ_STATUSES : RETRYABLE_WRITE_STATUSES).has(status);
}

/** Reads `Retry-After` as delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Full-jitter exponential backoff: random in [0, min(max, base * 2^attempt)]. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(random() * ceiling);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
