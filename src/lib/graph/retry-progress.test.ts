import { HttpResponse } from 'msw';

import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { answer, failWith, itemSchema, ok, PATH, reconfigure } from '@/testing/graph-answers';

import { graphRequest } from './graph-client';
import type { RetryProgress } from './retry-loop';

const TENANT = DEMO_ACCOUNT.tenantId;

describe('retry progress', () => {
  function recordProgress() {
    const seen: RetryProgress[] = [];
    reconfigure({ onRetry: (progress) => seen.push(progress) });
    return seen;
  }

  it('reports each wait with the request, the attempt that failed and why, then that it settled', async () => {
    const seen = recordProgress();
    answer('get', failWith(503, { 'Retry-After': '0' }), () => HttpResponse.error(), ok);

    await graphRequest(PATH, { tenantId: TENANT, schema: itemSchema });

    const request = { method: 'GET', path: PATH };
    const key = seen[0]?.key;
    expect(seen).toEqual([
      { phase: 'waiting', key, request, attempt: 1, maxAttempts: 3, delayMs: 0, status: 503 },
      {
        phase: 'waiting',
        key,
        request,
        attempt: 2,
        maxAttempts: 3,
        delayMs: expect.any(Number),
        status: null,
      },
      { phase: 'settled', key },
    ]);
  });

  it('reports that a request settled when its attempts run out', async () => {
    const seen = recordProgress();
    answer('get', failWith(503, { 'Retry-After': '0' }));

    await expect(graphRequest(PATH, { tenantId: TENANT })).rejects.toMatchObject({ status: 503 });

    expect(seen.map((progress) => progress.phase)).toEqual(['waiting', 'waiting', 'settled']);
  });

  it('reports nothing for a request that never waited', async () => {
    const seen = recordProgress();
    answer('get', failWith(404));

    await expect(graphRequest(PATH, { tenantId: TENANT })).rejects.toMatchObject({ status: 404 });

    expect(seen).toEqual([]);
  });

  it('tells each request apart, so that one settling does not end another’s wait', async () => {
    const seen = recordProgress();
    const throttled = failWith(429, { 'Retry-After': '0' });
    answer('get', throttled, throttled, ok);

    await Promise.all([
      graphRequest(PATH, { tenantId: TENANT }),
      graphRequest(PATH, { tenantId: TENANT }),
    ]);

    const keys = [...new Set(seen.map((progress) => progress.key))];
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      const phases = seen.filter((progress) => progress.key === key).map(({ phase }) => phase);
      expect(phases).toEqual(['waiting', 'settled']);
    }
  });
});
