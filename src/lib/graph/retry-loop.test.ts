import { HttpResponse } from 'msw';

import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { graphNoContent } from '@/mocks/graph/graph-response';
import { answer, failWith, GUID, itemSchema, ok, PATH, reconfigure } from '@/testing/graph-answers';

import { graphRequest } from './graph-client';
import { NetworkError } from './graph-error';

const TENANT = DEMO_ACCOUNT.tenantId;

describe('retries', () => {
  it('waits out Retry-After on a 429, then succeeds', async () => {
    const retries: { delayMs: number; status: number | null }[] = [];
    reconfigure({
      retryPolicy: { maxAttempts: 3, maxTotalWaitMs: 5_000, baseDelayMs: 1, maxDelayMs: 5 },
      onRetry: (progress) => {
        if (progress.phase === 'waiting')
          retries.push({ delayMs: progress.delayMs, status: progress.status });
      },
    });
    const server429 = answer('get', failWith(429, { 'Retry-After': '1' }), ok);

    const result = await graphRequest(PATH, { tenantId: TENANT, schema: itemSchema });

    expect(result.data).toEqual({ id: '42', count: 1 });
    expect(server429.calls()).toBe(2);
    expect(retries).toEqual([{ delayMs: 1_000, status: 429 }]);
  });

  it('does not wait out a Retry-After longer than the policy allows', async () => {
    const throttled = answer('get', failWith(429, { 'Retry-After': '120' }), ok);

    await expect(graphRequest(PATH, { tenantId: TENANT })).rejects.toMatchObject({
      status: 429,
      retryAfterMs: 120_000,
    });
    expect(throttled.calls()).toBe(1);
  });

  it.each([429, 503, 504])('retries a GET answered %i', async (status) => {
    const endpoint = answer('get', failWith(status), ok);

    await expect(
      graphRequest(PATH, { tenantId: TENANT, schema: itemSchema }),
    ).resolves.toMatchObject({
      status: 200,
    });
    expect(endpoint.calls()).toBe(2);
  });

  it('gives up after maxAttempts and reports the last failure', async () => {
    const endpoint = answer('get', failWith(503));

    await expect(graphRequest(PATH, { tenantId: TENANT })).rejects.toMatchObject({ status: 503 });
    expect(endpoint.calls()).toBe(3);
  });

  it.each([429, 503])('retries a PATCH answered %i: Graph did not process it', async (status) => {
    const endpoint = answer('patch', failWith(status), (request) => graphNoContent(request));

    await expect(
      graphRequest(PATH, { tenantId: TENANT, method: 'PATCH', body: {} }),
    ).resolves.toMatchObject({
      status: 204,
    });
    expect(endpoint.calls()).toBe(2);
  });

  it('does not retry a PATCH answered 504: the change may have been applied', async () => {
    const endpoint = answer('patch', failWith(504), (request) => graphNoContent(request));

    await expect(
      graphRequest(PATH, { tenantId: TENANT, method: 'PATCH', body: {} }),
    ).rejects.toMatchObject({
      status: 504,
    });
    expect(endpoint.calls()).toBe(1);
  });

  it.each([400, 404, 500])('does not retry a GET answered %i', async (status) => {
    const endpoint = answer('get', failWith(status), ok);

    await expect(graphRequest(PATH, { tenantId: TENANT })).rejects.toMatchObject({ status });
    expect(endpoint.calls()).toBe(1);
  });

  it('retries a GET after a network failure', async () => {
    const endpoint = answer('get', () => HttpResponse.error(), ok);

    await expect(
      graphRequest(PATH, { tenantId: TENANT, schema: itemSchema }),
    ).resolves.toMatchObject({
      status: 200,
    });
    expect(endpoint.calls()).toBe(2);
  });

  it('does not resend a PATCH after a network failure', async () => {
    const endpoint = answer(
      'patch',
      () => HttpResponse.error(),
      (request) => graphNoContent(request),
    );

    const error: unknown = await graphRequest(PATH, {
      tenantId: TENANT,
      method: 'PATCH',
      body: {},
    }).catch((e) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).clientRequestId).toMatch(GUID);
    expect(endpoint.calls()).toBe(1);
  });

  it('checks with beforeRetry between the attempts, and stops when it throws', async () => {
    const endpoint = answer('patch', failWith(503), (request) => graphNoContent(request));
    const checks: number[] = [];
    const overtaken = new Error('someone else changed it');

    const error: unknown = await graphRequest(PATH, {
      tenantId: TENANT,
      method: 'PATCH',
      body: {},
      beforeRetry: () => {
        checks.push(endpoint.calls());
        return Promise.reject(overtaken);
      },
    }).catch((e) => e);

    expect(error).toBe(overtaken);
    expect(checks).toEqual([1]);
    expect(endpoint.calls()).toBe(1);
  });

  it('sends the retry when beforeRetry finds nothing in the way', async () => {
    const endpoint = answer('patch', failWith(429), (request) => graphNoContent(request));
    let checks = 0;

    await expect(
      graphRequest(PATH, {
        tenantId: TENANT,
        method: 'PATCH',
        body: {},
        beforeRetry: async () => {
          checks += 1;
        },
      }),
    ).resolves.toMatchObject({ status: 204 });
    expect([checks, endpoint.calls()]).toEqual([1, 2]);
  });
});
