import { http } from 'msw';

import * as z from '@/config/zod';
import { configureGraphClient, type GraphClientConfig } from '@/lib/graph/graph-client';
import { graphErrorResponse, graphJson } from '@/mocks/graph/graph-response';
import { server } from '@/mocks/node';

import { TEST_GRAPH_BASE_URL, TEST_TOKEN } from './graph-test-config';

/** One connector's path, and its URL under the test base URL, for the Graph client's unit tests. */
export const PATH = '/deviceManagement/ndesConnectors/42';
export const URL_42 = `${TEST_GRAPH_BASE_URL}${PATH}`;
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const itemSchema = z.object({ id: z.string(), count: z.number() });

export type Reply = (request: Request) => Response | Promise<Response>;

/** Answers requests to /ndesConnectors/42 with `replies` in turn (the last one repeats). */
export function answer(method: 'get' | 'patch', ...replies: Reply[]) {
  let calls = 0;
  server.use(
    http[method](URL_42, ({ request }) => {
      calls += 1;
      const reply = replies[Math.min(calls, replies.length) - 1];
      if (!reply) throw new Error('answer() needs at least one reply');
      return reply(request);
    }),
  );
  return { calls: () => calls };
}

export const ok: Reply = (request) => graphJson(request, { id: '42', count: 1 });

export const failWith =
  (status: number, headers: Record<string, string> = {}): Reply =>
  (request) =>
    graphErrorResponse(request, { status, code: `Http${status}`, message: 'Try later', headers });

/** A reply that never comes: the request hangs until it is aborted. */
export const never: Reply = () => new Promise<Response>(() => {});

export function reconfigure(overrides: Partial<GraphClientConfig>) {
  configureGraphClient({
    baseUrl: TEST_GRAPH_BASE_URL,
    getAccessToken: () => Promise.resolve(TEST_TOKEN),
    retryPolicy: { maxAttempts: 3, maxTotalWaitMs: 1_000, baseDelayMs: 1, maxDelayMs: 5 },
    ...overrides,
  });
}
