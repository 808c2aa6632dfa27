import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';

import { parseBatchRetryAfter } from './batch-retry-after';
import type { BatchRequest, BatchResponse } from './batch-types';
import type { BatchAnswer } from './post-batch';
import { sendBatches } from './send-batches';
import { createWritePacer, type Clock } from './write-pacer';

const TENANT = DEMO_ACCOUNT.tenantId;

function fakeClock(): Clock & { slept: number[] } {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      slept.push(ms);
      now += ms;
    },
  };
}

const patches = (count: number): BatchRequest[] =>
  Array.from({ length: count }, (_, index) => ({
    id: String(index + 1),
    method: 'PATCH',
    url: `/deviceManagement/ndesConnectors/c${index + 1}`,
    headers: { 'Content-Type': 'application/json' },
    body: { displayName: `n${index + 1}` },
  }));

type Sent = { at: number; ids: string[] };

/** A fake Graph: answers each batch with `answer(request)` per request, in reverse order. */
function fakeGraph(
  clock: Clock,
  answer: (request: BatchRequest, sent: Sent[]) => BatchResponse | null,
) {
  const sent: Sent[] = [];
  const send = async ({ requests }: { requests: BatchRequest[] }): Promise<BatchAnswer> => {
    sent.push({ at: clock.now(), ids: requests.map((request) => request.id) });
    const responses = requests
      .map((request) => answer(request, sent))
      .filter((response): response is BatchResponse => response !== null)
      .reverse();
    return { responses, requestId: 'outer-request-id' };
  };
  return { sent, send };
}

const ok = (request: BatchRequest): BatchResponse => ({
  id: request.id,
  status: 204,
  headers: { 'Request-Id': `inner-${request.id}` },
});

describe('sendBatches', () => {
  it('sends 45 requests as batches of 20, 20 and 5 and matches answers that come back out of order', async () => {
    const clock = fakeClock();
    const graph = fakeGraph(clock, ok);

    const results = await sendBatches(patches(45), { tenantId: TENANT, clock, send: graph.send });

    expect(graph.sent.map((batch) => batch.ids.length)).toEqual([20, 20, 5]);
    expect(results.map((result) => result.id)).toEqual(patches(45).map((request) => request.id));
    expect(results[0]).toEqual({
      id: '1',
      outcome: 'answered',
      status: 204,
      body: undefined,
      requestId: 'inner-1',
      attempts: 1,
    });
  });

  it('does not take the outer 200 as success: each inner status is its own', async () => {
    const clock = fakeClock();
    const graph = fakeGraph(clock, (request) =>
      request.id === '2'
        ? { id: '2', status: 404, body: { error: { code: 'ResourceNotFound' } } }
        : ok(request),
    );

    const results = await sendBatches(patches(3), { tenantId: TENANT, clock, send: graph.send });

    expect(
      results.map((result) => (result.outcome === 'answered' ? result.status : result.outcome)),
    ).toEqual([204, 404, 204]);
  });

  it('sends again only the throttled request, after its decimal Retry-After', async () => {
    const clock = fakeClock();
    const graph = fakeGraph(clock, (request, sent) =>
      request.id === '3' && sent.length === 1
        ? { id: '3', status: 429, headers: { 'Retry-After': '0.249' } }
        : ok(request),
    );
    const progress: number[] = [];
    const waits: string[] = [];

    const results = await sendBatches(patches(5), {
      tenantId: TENANT,
      clock,
      send: graph.send,
      onProgress: ({ retries, waitingMs, waitingFor }) => {
        progress.push(retries);
        if (waitingMs !== null) waits.push(`${waitingFor} ${waitingMs}`);
      },
    });

    expect(graph.sent.map((batch) => batch.ids)).toEqual([['1', '2', '3', '4', '5'], ['3']]);
    expect((graph.sent[1]?.at ?? 0) - (graph.sent[0]?.at ?? 0)).toBe(249);
    expect(results[2]).toMatchObject({ outcome: 'answered', status: 204, attempts: 2 });
    expect(progress.at(-1)).toBe(1);
    expect(waits).toEqual(['retry-after 249']);
  });

  it('waits for the longest inner Retry-After before sending the throttled ones again together', async () => {
    const clock = fakeClock();
    const retryAfter: Record<string, string> = { '2': '0.5', '4': '1.75', '5': '0.249' };
    const graph = fakeGraph(clock, (request, sent) => {
      const seconds = retryAfter[request.id];
      return seconds && sent.length === 1
        ? { id: request.id, status: 429, headers: { 'Retry-After': seconds } }
        : ok(request);
    });

    const settled: string[][] = [];

    await sendBatches(patches(5), {
      tenantId: TENANT,
      clock,
      send: graph.send,
      onSettled: (results) => settled.push(results.map(({ id }) => id)),
    });

    expect(graph.sent.map((batch) => batch.ids)).toEqual([
      ['1', '2', '3', '4', '5'],
      ['2', '4', '5'],
    ]);
    expect((graph.sent[1]?.at ?? 0) - (graph.sent[0]?.at ?? 0)).toBe(1750);
    // Each batch's answers are handed over as it settles, before the run ends.
    expect(settled).toEqual([
      ['1', '3'],
      ['2', '4', '5'],
    ]);
  });

  it('reports a request throttled on every attempt as throttled, not as failed or saved', async () => {
    const clock = fakeClock();
    const graph = fakeGraph(clock, (request) => ({
      id: request.id,
      status: 429,
      headers: { 'retry-after': '1' },
    }));

    const results = await sendBatches(patches(1), {
      tenantId: TENANT,
      clock,
      send: graph.send,
      maxAttempts: 3,
    });

    expect(graph.sent).toHaveLength(3);
    expect(results[0]).toMatchObject({ outcome: 'throttled', attempts: 3 });
  });

  it('reports a request without an answer, and a failed batch, as unanswered', async () => {
    const clock = fakeClock();
    const graph = fakeGraph(clock, (request) => (request.id === '2' ? null : ok(request)));
    let calls = 0;
    const send = (body: { requests: BatchRequest[] }) => {
      calls += 1;
      return calls === 2 ? Promise.reject(new Error('network down')) : graph.send(body);
    };

    const results = await sendBatches(patches(25), { tenantId: TENANT, clock, send });

    expect(
      results.map((result) => result.outcome).filter((outcome) => outcome === 'unanswered'),
    ).toHaveLength(6);
    expect(results[1]).toMatchObject({ outcome: 'unanswered' });
    expect(results[24]).toMatchObject({ outcome: 'unanswered', error: new Error('network down') });
  });

  it('paces the writes under the rate: a batch that would exceed it waits for the window', async () => {
    const clock = fakeClock();
    const graph = fakeGraph(clock, ok);
    const pacer = createWritePacer({ writes: 30, perMs: 1_000 }, clock);

    const waits: string[] = [];

    await sendBatches(patches(45), {
      tenantId: TENANT,
      clock,
      send: graph.send,
      pacer,
      onProgress: ({ waitingMs, waitingFor }) => {
        if (waitingMs !== null) waits.push(`${waitingFor} ${waitingMs}`);
      },
    });

    const start = graph.sent[0]?.at ?? 0;
    expect(graph.sent.map((batch) => batch.at - start)).toEqual([0, 1_000, 1_000]);
    expect(waits, 'the wait is shown, with its reason').toEqual(['write-rate 1000']);
  });

  it('stops the batches not sent yet when cancelled, and reports them as cancelled', async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    const graph = fakeGraph(clock, ok);
    const send = async (body: { requests: BatchRequest[] }) => {
      const answer = await graph.send(body);
      controller.abort();
      return answer;
    };

    const results = await sendBatches(patches(45), {
      tenantId: TENANT,
      clock,
      send,
      signal: controller.signal,
    });

    expect(graph.sent).toHaveLength(1);
    expect(results.filter((result) => result.outcome === 'answered')).toHaveLength(20);
    expect(results.filter((result) => result.outcome === 'cancelled')).toHaveLength(25);
  });

  it('refuses duplicate ids before sending anything', async () => {
    const clock = fakeClock();
    const graph = fakeGraph(clock, ok);
    const requests = [...patches(2), ...patches(1)];

    await expect(
      sendBatches(requests, { tenantId: TENANT, clock, send: graph.send }),
    ).rejects.toThrow(/own id/);
    expect(graph.sent).toHaveLength(0);
  });
});

describe('parseBatchRetryAfter', () => {
  it.each([
    ['0.249', 249],
    ['2', 2_000],
    ['1.5', 1_500],
    [null, null],
    ['soon', null],
  ])('reads %s as %s ms', (value, expected) => {
    expect(parseBatchRetryAfter(value)).toBe(expected);
  });
});
