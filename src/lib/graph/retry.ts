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

// The three HTTP-date forms a recipient must accept: IMF-fixdate, RFC 850 and asctime.
// https://www.rfc-editor.org/rfc/rfc9110#name-date-time-formats
const HTTP_DATE_FORMS = [
  /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
  /^[A-Z][a-z]+day, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT$/,
  /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/,
];

/**
 * Reads `Retry-After` as delta-seconds or an HTTP date. Anything else is ignored rather than guessed
 * at: `Date.parse` would read "1.5" or "-1" as dates and turn them into a wait of years or of nothing.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  const trimmed = value?.trim() ?? '';
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!HTTP_DATE_FORMS.some((form) => form.test(trimmed))) return null;
  // asctime carries no zone; HTTP dates are always GMT.
  const at = Date.parse(/GMT$/.test(trimmed) ? trimmed : `${trimmed} GMT`);
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
