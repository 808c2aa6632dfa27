import { GraphError, NetworkError, type GraphRequestInfo } from './graph-error';
import { backoffDelay, isRetryableStatus, sleep, type RetryPolicy } from './retry';

/** What the loop reports: a request about to wait before its next attempt, and such a request settling. */
export type RetryProgress =
  | {
      phase: 'waiting';
      /** The same for every report about one request. */
      key: symbol;
      request: GraphRequestInfo;
      /** The attempt that just failed, counting from 1. */
      attempt: number;
      maxAttempts: number;
      delayMs: number;
      /** The HTTP status that failed, or null when no answer came. */
      status: number | null;
    }
  | { phase: 'settled'; key: symbol };

export type RetryOptions = {
  request: GraphRequestInfo;
  policy: RetryPolicy;
  signal?: AbortSignal;
  onRetry?: (progress: RetryProgress) => void;
  /**
   * Runs after the wait, before the next attempt; throwing stops the retries with that error. A write
   * checks here that what it is about to send again has not been overtaken meanwhile.
   */
  beforeRetry?: () => Promise<void>;
};

/** A failure worth another attempt: throttling or an unprocessed write, or a read that got no answer. */
function retryableFailure(error: unknown, method: string): GraphError | NetworkError | null {
  if (error instanceof GraphError) return isRetryableStatus(method, error.status) ? error : null;
  // A write that got no answer may have been applied: only the user may send it again.
  if (error instanceof NetworkError) return method === 'GET' ? error : null;
  return null;
}

/** Runs `attempt` until it succeeds, fails for good, or the policy's attempts or total wait run out. */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  { request, policy, signal, onRetry, beforeRetry }: RetryOptions,
): Promise<T> {
  const key = Symbol('graph request');
  let waitedMs = 0;
  let waited = false;
  try {
    for (let count = 1; ; count += 1) {
      try {
        return await attempt();
      } catch (error) {
        const failure = retryableFailure(error, request.method);
        if (!failure) throw error;
        const status = failure instanceof GraphError ? failure.status : null;
        const delayMs =
          (failure instanceof GraphError ? failure.retryAfterMs : null) ??
          backoffDelay(count - 1, policy);
        if (count >= policy.maxAttempts || waitedMs + delayMs > policy.maxTotalWaitMs) throw error;
        onRetry?.({
          phase: 'waiting',
          key,
          request,
          attempt: count,
          maxAttempts: policy.maxAttempts,
          delayMs,
          status,
        });
        waited = true;
        await sleep(delayMs, signal);
        waitedMs += delayMs;
        await beforeRetry?.();
      }
    }
  } finally {
    if (waited) onRetry?.({ phase: 'settled', key });
  }
}
