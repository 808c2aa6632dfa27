import * as z from '@/config/zod';

// JSON batching: https://learn.microsoft.com/graph/json-batching
export const MAX_BATCH_REQUESTS = 20;

/** One request inside a `$batch`: a unique id, a method and a URL relative to the version segment. */
export type BatchRequest = {
  id: string;
  method: 'GET' | 'PATCH' | 'DELETE' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
};

export const batchResponseSchema = z.object({
  responses: z.array(
    z.looseObject({
      id: z.string(),
      status: z.int(),
      headers: z.nullish(z.record(z.string(), z.string())),
      body: z.optional(z.unknown()),
    }),
  ),
});
export type BatchResponse = z.infer<typeof batchResponseSchema>['responses'][number];

/** What became of one request, after every retry the sender allowed. */
export type BatchItemResult =
  /** Graph answered it, with any status but a 429 it was still allowed to retry. */
  | {
      id: string;
      outcome: 'answered';
      status: number;
      body: unknown;
      requestId: string | null;
      attempts: number;
    }
  /** Every attempt was throttled: Graph did not process it. */
  | { id: string; outcome: 'throttled'; requestId: string | null; attempts: number }
  /** Its batch was sent but no answer for it came back (or the whole batch failed): it may have been applied. */
  | { id: string; outcome: 'unanswered'; error: unknown; attempts: number }
  /** Never sent: cancelled first. */
  | { id: string; outcome: 'cancelled'; attempts: number };

export type BatchProgress = {
  /** Requests with a final result. */
  done: number;
  total: number;
  /** Throttled requests sent again so far. */
  retries: number;
  batchesSent: number;
  /** Set while the sender waits, in ms: for a Retry-After, or to stay under Intune's write rate. */
  waitingMs: number | null;
  waitingFor: 'retry-after' | 'write-rate' | null;
};

/** The body of one `$batch` POST, for the review and for sending: the same object both times. */
export function batchBody(requests: BatchRequest[]) {
  return { requests };
}

/** The requests split into batches of at most 20, in order. */
export function splitIntoBatches<T>(items: T[], size = MAX_BATCH_REQUESTS): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    batches.push(items.slice(start, start + size));
  return batches;
}

/** A header from an inner response, whose names Graph sends in any case. */
export function innerHeader(response: BatchResponse, name: string): string | null {
  const entry = Object.entries(response.headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return entry ? entry[1] : null;
}
