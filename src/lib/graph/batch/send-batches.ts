import type { TenantId } from '@/config/tenants';

import type { RequestPurpose } from '../request-purpose';
import { backoffDelay, defaultRetryPolicy } from '../retry';
import { isSignInNeeded, type Interactive } from '../sign-in-needed';

import { parseBatchRetryAfter } from './batch-retry-after';
import {
  batchBody,
  innerHeader,
  MAX_BATCH_REQUESTS,
  type BatchItemResult,
  type BatchProgress,
  type BatchRequest,
} from './batch-types';
import { MissingBatchAnswerError, postBatch, type BatchAnswer } from './post-batch';
import { createWritePacer, realClock, type Clock, type WritePacer } from './write-pacer';

export type SendBatchesOptions = {
  /** Stops the batches not sent yet (and any wait); a batch already on its way is answered. */
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
  /** After each batch: the requests it settled (not those sent again), so a caller can keep them now. */
  onSettled?: (results: BatchItemResult[]) => void;
  purpose?: RequestPurpose;
  /** The tenant whose Graph receives the batches, the sign-in tenant's id too. */
  tenantId: TenantId;
  /**
   * `never`: a token that needs the user stops the run before the batch it was for (SignInNeededError
   * is thrown; the batches before it were reported through onSettled), instead of leaving the page.
   */
  interactive?: Interactive;
  clock?: Clock;
  pacer?: WritePacer;
  /** Attempts per request, counting the first. */
  maxAttempts?: number;
  /** A Retry-After longer than this is not waited out: the request is reported as throttled. */
  maxRetryWaitMs?: number;
  /** Posts one batch; the Graph client's by default. */
  send?: (body: ReturnType<typeof batchBody>) => Promise<BatchAnswer>;
};

const isWrite = (request: BatchRequest) => request.method !== 'GET';

/**
 * Sends requests through JSON batching, at most 20 per `$batch`, paced under Intune's write rate.
 * Inner answers are matched by id (Graph returns them in any order) and the outer 200 is not taken
 * as success. An inner 429 is sent again alone, after its own Retry-After.
 * https://learn.microsoft.com/graph/json-batching
 */
export async function sendBatches(
  requests: BatchRequest[],
  {
    signal,
    onProgress,
    onSettled,
    purpose,
    tenantId,
    interactive,
    clock = realClock,
    pacer = createWritePacer(undefined, clock),
    maxAttempts = defaultRetryPolicy.maxAttempts,
    maxRetryWaitMs = defaultRetryPolicy.maxTotalWaitMs,
    send = (body) => postBatch(body, tenantId, purpose, interactive),
  }: SendBatchesOptions,
): Promise<BatchItemResult[]> {
  if (new Set(requests.map((request) => request.id)).size !== requests.length) {
    throw new Error('Each request in a $batch needs its own id.');
  }
  const results = new Map<string, BatchItemResult>();
  const attempts = new Map<string, number>();
  const counts = { retries: 0, batchesSent: 0 };
  const report = (
    waitingMs: number | null = null,
    waitingFor: BatchProgress['waitingFor'] = null,
  ) =>
    onProgress?.({ done: results.size, total: requests.length, ...counts, waitingMs, waitingFor });
  let queue = [...requests];
  let notBefore = clock.now();
  report();

  while (queue.length > 0 && !signal?.aborted) {
    const batch = queue.slice(0, MAX_BATCH_REQUESTS);
    try {
      const wait = notBefore - clock.now();
      if (wait > 0) {
        report(wait, 'retry-after');
        await clock.sleep(wait, signal);
      }
      const writes = batch.filter(isWrite).length;
      const paced = pacer.delayFor(writes);
      if (paced > 0) report(paced, 'write-rate');
      await pacer.take(writes, signal);
    } catch (error) {
      if (signal?.aborted) break;
      throw error;
    }
    queue = queue.slice(batch.length);
    for (const { id } of batch) attempts.set(id, (attempts.get(id) ?? 0) + 1);
    counts.batchesSent += 1;
    const throttled = await settleBatch(batch, {
      send,
      results,
      attempts,
      maxAttempts,
      maxRetryWaitMs,
    });
    const settled = batch.flatMap(({ id }) => results.get(id) ?? []);
    if (settled.length > 0) onSettled?.(settled);
    if (throttled.requests.length > 0) {
      counts.retries += throttled.requests.length;
      queue = [...throttled.requests, ...queue];
      notBefore = clock.now() + throttled.waitMs;
    }
    report();
  }

  for (const { id } of requests) {
    if (!results.has(id))
      results.set(id, { id, outcome: 'cancelled', attempts: attempts.get(id) ?? 0 });
  }
  report();
  return requests.map(({ id }) => results.get(id) as BatchItemResult);
}

type SettleContext = {
  send: NonNullable<SendBatchesOptions['send']>;
  results: Map<string, BatchItemResult>;
  attempts: Map<string, number>;
  maxAttempts: number;
  maxRetryWaitMs: number;
};

/** Posts one batch and records each answer; returns the requests to send again and how long to wait. */
async function settleBatch(
  batch: BatchRequest[],
  { send, results, attempts, maxAttempts, maxRetryWaitMs }: SettleContext,
): Promise<{ requests: BatchRequest[]; waitMs: number }> {
  const throttled = { requests: [] as BatchRequest[], waitMs: 0 };
  let answer: BatchAnswer;
  try {
    answer = await send(batchBody(batch));
  } catch (error) {
    // No token, so nothing was sent: the run stops here, and these requests are still to send.
    if (isSignInNeeded(error)) throw error;
    for (const { id } of batch)
      results.set(id, { id, outcome: 'unanswered', error, attempts: attempts.get(id) ?? 1 });
    return throttled;
  }
  const byId = new Map(answer.responses.map((response) => [response.id, response]));
  for (const { id, ...request } of batch) {
    const response = byId.get(id);
    const count = attempts.get(id) ?? 1;
    if (!response) {
      results.set(id, {
        id,
        outcome: 'unanswered',
        error: new MissingBatchAnswerError(id),
        attempts: count,
      });
      continue;
    }
    const requestId = innerHeader(response, 'request-id') ?? answer.requestId;
    if (response.status === 429) {
      const waitMs =
        parseBatchRetryAfter(innerHeader(response, 'retry-after')) ??
        backoffDelay(count - 1, defaultRetryPolicy);
      if (count < maxAttempts && waitMs <= maxRetryWaitMs) {
        throttled.requests.push({ id, ...request });
        throttled.waitMs = Math.max(throttled.waitMs, waitMs);
      } else {
        results.set(id, { id, outcome: 'throttled', requestId, attempts: count });
      }
      continue;
    }
    results.set(id, {
      id,
      outcome: 'answered',
      status: response.status,
      body: response.body,
      requestId,
      attempts: count,
    });
  }
  return throttled;
}
