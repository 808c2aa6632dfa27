import * as z from '@/config/zod';

// https://learn.microsoft.com/graph/json-batching: at most 20 requests, ids unique (not case-sensitive),
// and a body needs a Content-Type header. Any breach fails the whole batch with 400.
export const MAX_BATCH_REQUESTS = 20;

const innerRequestSchema = z.object({
  id: z.string().check(z.minLength(1)),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  url: z.string().check(z.minLength(1)),
  headers: z.optional(z.record(z.string(), z.string())),
  body: z.optional(z.unknown()),
  dependsOn: z.optional(z.array(z.string())),
});

const batchSchema = z.object({ requests: z.array(innerRequestSchema) });

export type BatchInnerRequest = z.infer<typeof innerRequestSchema>;

const hasContentType = (headers: Record<string, string> = {}) =>
  Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');

/** The batch's inner requests, or the message of the `400` that rejects the whole batch. */
export function readBatchPayload(
  text: string,
): { requests: BatchInnerRequest[] } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'Invalid batch payload format. The body is not valid JSON.' };
  }
  const parsed = batchSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `Invalid batch payload format: ${issue?.path.join('.')}: ${issue?.message}` };
  }
  const { requests } = parsed.data;
  if (requests.length === 0) return { error: 'Invalid batch payload format: no requests.' };
  if (requests.length > MAX_BATCH_REQUESTS) {
    return {
      error: `The batch holds ${requests.length} requests; at most ${MAX_BATCH_REQUESTS} are allowed.`,
    };
  }
  const seen = new Set<string>();
  for (const request of requests) {
    const key = request.id.toLowerCase();
    if (seen.has(key)) return { error: `The batch repeats the request id '${request.id}'.` };
    seen.add(key);
    if (request.body !== undefined && !hasContentType(request.headers)) {
      return { error: `Request '${request.id}' has a body but no Content-Type header.` };
    }
  }
  return { requests };
}
