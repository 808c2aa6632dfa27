import { http, HttpResponse } from 'msw';
import { z } from 'zod';

import {
  graphErrorResponse,
  graphJson,
  graphNoContent,
  intuneNotFound,
} from '@/mocks/graph-response';
import { server } from '@/mocks/node';
import { TEST_GRAPH_BASE_URL, TEST_TOKEN } from '@/testing/graph-test-config';
import { recordGraphTraffic } from '@/testing/record-requests';

import {
  configureGraphClient,
  graphFetch,
  graphRequest,
  resolveGraphUrl,
  type GraphClientConfig,
} from './graph-client';
import { GraphError, NetworkError, UnexpectedResponseError } from './graph-error';

const PATH = '/deviceManagement/ndesConnectors/42';
const URL_42 = `${TEST_GRAPH_BASE_URL}${PATH}`;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const itemSchema = z.object({ id: z.string(), count: z.number() });

type Reply = (request: Request) => Response;

/** Answers requests to /ndesConnectors/42 with `replies` in turn (the last one repeats). */
function answer(method: 'get' | 'patch', ...replies: Reply[]) {
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

const ok: Reply = (request) => graphJson(request, { id: '42', count: 1 });
const failWith =
  (status: number, headers: Record<string, string> = {}): Reply =>
  (request) =>
    graphErrorResponse(request, { status, code: `Http${status}`, message: 'Try later', headers });

function reconfigure(overrides: Partial<GraphClientConfig>) {
  configureGraphClient({
    baseUrl: TEST_GRAPH_BASE_URL,
    getAccessToken: () => Promise.resolve(TEST_TOKEN),
    retryPolicy: { maxAttempts: 3, maxTotalWaitMs: 1_000, baseDelayMs: 1, maxDelayMs: 5 },
    ...overrides,
  });
}

describe('request headers', () => {
  it('sends the bearer token, Accept and a fresh client-request-id GUID on every request', async () => {
    answer('get', ok);
    const traffic = recordGraphTraffic();

    await graphRequest(PATH);
    await graphRequest(PATH);

    const [first, second] = traffic.requests;
    for (const request of [first, second]) {
      expect(request?.headers.get('authorization')).toBe(`Bearer ${TEST_TOKEN}`);
      expect(request?.headers.get('accept')).toBe('application/json');
      expect(request?.headers.get('content-type')).toBeNull();
      expect(request?.headers.get('client-request-id')).toMatch(GUID);
    }
    expect(first?.headers.get('client-request-id')).not.toBe(
      second?.headers.get('client-request-id'),
    );
  });

  it('sends a body as JSON with Content-Type application/json', async () => {
    answer('patch', (request) => graphNoContent(request));
    const traffic = recordGraphTraffic();

    await graphRequest(PATH, { method: 'PATCH', body: { displayName: 'CERT01' } });

    const [patch] = traffic.sent('PATCH');
    expect(patch?.headers.get('content-type')).toBe('application/json');
    expect(patch?.headers.get('authorization')).toBe(`Bearer ${TEST_TOKEN}`);
    expect(await patch?.body).toBe('{"displayName":"CERT01"}');
  });
});

describe('successful answers', () => {
  it('parses a 200 body with the given schema and returns Graph’s ids', async () => {
    answer('get', ok);
    const traffic = recordGraphTraffic();

    const result = await graphRequest(PATH, { schema: itemSchema });

    const [response] = traffic.responses;
    expect(result).toEqual({
      status: 200,
      data: { id: '42', count: 1 },
      requestId: response?.headers.get('request-id'),
      clientRequestId: traffic.requests[0]?.headers.get('client-request-id'),
      date: response?.headers.get('date'),
    });
    expect(result.requestId).toMatch(GUID);
  });

  it('returns no data for a 204, but keeps the status, request-id, client-request-id and date', async () => {
    answer('patch', (request) => graphNoContent(request));
    const traffic = recordGraphTraffic();

    const result = await graphRequest(PATH, { method: 'PATCH', body: {}, schema: itemSchema });

    expect(result.status).toBe(204);
    expect(result.data).toBeUndefined();
    expect(result.requestId).toBe(traffic.responses[0]?.headers.get('request-id'));
    expect(result.requestId).toMatch(GUID);
    expect(result.clientRequestId).toBe(traffic.requests[0]?.headers.get('client-request-id'));
    expect(Date.parse(result.date ?? '')).not.toBeNaN();
  });

  it('rejects a 2xx body that is not JSON, quoting the start of it', async () => {
    answer('get', () => new HttpResponse('<html>Sign in to continue</html>', { status: 200 }));

    const error: unknown = await graphRequest(PATH, { schema: itemSchema }).catch((e) => e);

    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({
      status: 200,
      detail: 'The body is not valid JSON: <html>Sign in to continue</html>',
    });
  });

  it('rejects a body that does not match the schema, naming the property', async () => {
    answer('get', (request) => graphJson(request, { id: '42', count: 'many' }));

    const error: unknown = await graphRequest(PATH, { schema: itemSchema }).catch((e) => e);

    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as UnexpectedResponseError).detail).toMatch(
      /^The body does not match the Graph contract: count: .*number/,
    );
  });

  it('graphFetch rejects an empty answer where a body is required', async () => {
    answer('get', (request) => graphNoContent(request));

    await expect(graphFetch(PATH, { schema: itemSchema })).rejects.toMatchObject({
      name: 'UnexpectedResponseError',
      detail: 'Graph answered without a body where one was expected.',
    });
  });
});

describe('error answers', () => {
  it('turns the error envelope into a GraphError with status, code, message, target and ids', async () => {
    answer('patch', (request) =>
      graphErrorResponse(request, {
        status: 400,
        code: 'BadRequest',
        message: "Cannot convert the literal '5' to the expected type 'Edm.String'.",
        target: 'displayName',
      }),
    );
    const traffic = recordGraphTraffic();

    const error: unknown = await graphRequest(PATH, { method: 'PATCH', body: {} }).catch((e) => e);

    expect(error).toBeInstanceOf(GraphError);
    const response = traffic.responses[0];
    expect(error).toMatchObject({
      status: 400,
      code: 'BadRequest',
      message: "Cannot convert the literal '5' to the expected type 'Edm.String'.",
      target: 'displayName',
      requestId: response?.headers.get('request-id'),
      clientRequestId: traffic.requests[0]?.headers.get('client-request-id'),
      date: response?.headers.get('date'),
    });
    expect((error as GraphError).requestId).toMatch(GUID);
  });

  it('reads the ids from innerError when the headers lack them', async () => {
    answer('get', () =>
      HttpResponse.json(
        {
          error: {
            code: 'Forbidden',
            message: 'Nope',
            innerError: {
              'request-id': 'inner-request-id',
              'client-request-id': 'inner-client-id',
              date: '2026-11-28T12:00:00',
            },
          },
        },
        { status: 403 },
      ),
    );

    await expect(graphRequest(PATH)).rejects.toMatchObject({
      status: 403,
      requestId: 'inner-request-id',
      clientRequestId: 'inner-client-id',
      date: '2026-11-28T12:00:00',
    });
  });

  it('unwraps the message Intune hides as JSON inside error.message', async () => {
    answer('get', (request) => intuneNotFound(request, 'ndesConnector'));

    const error = (await graphRequest(PATH).catch((e) => e)) as GraphError;

    expect(error.status).toBe(404);
    expect(error.code).toBe('ResourceNotFound');
    expect(error.message).toMatch(/^No ndesConnector with that id exists in this tenant\. - /);
    expect(error.message).not.toContain('_version');
  });

  it('still reports the status when an error body is not a Graph envelope', async () => {
    answer('get', () => new HttpResponse('Bad gateway', { status: 502 }));

    await expect(graphRequest(PATH)).rejects.toMatchObject({
      name: 'GraphError',
      status: 502,
      code: 'UnknownError',
      message: 'Graph answered HTTP 502 without a Graph error description.',
    });
  });
});

describe('retries', () => {
  it('waits out Retry-After on a 429, then succeeds', async () => {
    const retries: { delayMs: number; status: number | null }[] = [];
    reconfigure({
      retryPolicy: { maxAttempts: 3, maxTotalWaitMs: 5_000, baseDelayMs: 1, maxDelayMs: 5 },
      onRetry: ({ delayMs, status }) => retries.push({ delayMs, status }),
    });
    const server429 = answer('get', failWith(429, { 'Retry-After': '1' }), ok);

    const result = await graphRequest(PATH, { schema: itemSchema });

    expect(result.data).toEqual({ id: '42', count: 1 });
    expect(server429.calls()).toBe(2);
    expect(retries).toEqual([{ delayMs: 1_000, status: 429 }]);
  });

  it('does not wait out a Retry-After longer than the policy allows', async () => {
    const throttled = answer('get', failWith(429, { 'Retry-After': '120' }), ok);

    await expect(graphRequest(PATH)).rejects.toMatchObject({ status: 429, retryAfterMs: 120_000 });
    expect(throttled.calls()).toBe(1);
  });

  it.each([429, 503, 504])('retries a GET answered %i', async (status) => {
    const endpoint = answer('get', failWith(status), ok);

    await expect(graphRequest(PATH, { schema: itemSchema })).resolves.toMatchObject({
      status: 200,
    });
    expect(endpoint.calls()).toBe(2);
  });

  it('gives up after maxAttempts and reports the last failure', async () => {
    const endpoint = answer('get', failWith(503));

    await expect(graphRequest(PATH)).rejects.toMatchObject({ status: 503 });
    expect(endpoint.calls()).toBe(3);
  });

  it.each([429, 503])('retries a PATCH answered %i: Graph did not process it', async (status) => {
    const endpoint = answer('patch', failWith(status), (request) => graphNoContent(request));

    await expect(graphRequest(PATH, { method: 'PATCH', body: {} })).resolves.toMatchObject({
      status: 204,
    });
    expect(endpoint.calls()).toBe(2);
  });

  it('does not retry a PATCH answered 504: the change may have been applied', async () => {
    const endpoint = answer('patch', failWith(504), (request) => graphNoContent(request));

    await expect(graphRequest(PATH, { method: 'PATCH', body: {} })).rejects.toMatchObject({
      status: 504,
    });
    expect(endpoint.calls()).toBe(1);
  });

  it.each([400, 404, 500])('does not retry a GET answered %i', async (status) => {
    const endpoint = answer('get', failWith(status), ok);

    await expect(graphRequest(PATH)).rejects.toMatchObject({ status });
    expect(endpoint.calls()).toBe(1);
  });

  it('retries a GET after a network failure', async () => {
    const endpoint = answer('get', () => HttpResponse.error(), ok);

    await expect(graphRequest(PATH, { schema: itemSchema })).resolves.toMatchObject({
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

    const error: unknown = await graphRequest(PATH, { method: 'PATCH', body: {} }).catch((e) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).clientRequestId).toMatch(GUID);
    expect(endpoint.calls()).toBe(1);
  });
});

describe('resolveGraphUrl', () => {
  const base = 'https://graph.microsoft.com/beta';

  it('puts a path under the base URL', () => {
    expect(resolveGraphUrl('/deviceManagement/ndesConnectors', base)).toBe(
      'https://graph.microsoft.com/beta/deviceManagement/ndesConnectors',
    );
  });

  it('follows an @odata.nextLink on the Graph host', () => {
    const next = 'https://graph.microsoft.com/beta/deviceManagement/ndesConnectors?$top=2&$skip=2';
    expect(resolveGraphUrl(next, base)).toBe(next);
  });

  it.each([
    'https://attacker.example/beta/deviceManagement/ndesConnectors?$skip=2',
    'https://graph.microsoft.com.attacker.example/beta/x',
    'http://graph.microsoft.com/beta/x',
    'https://graph.microsoft.us/beta/x',
  ])('refuses an @odata.nextLink to %s', (next) => {
    expect(() => resolveGraphUrl(next, base)).toThrow(/^Refusing to send a Graph request to /);
  });

  it('never asks for a token for a URL off the Graph host', async () => {
    const getAccessToken = vi.fn(() => Promise.resolve(TEST_TOKEN));
    reconfigure({ getAccessToken });
    const traffic = recordGraphTraffic();

    await expect(graphRequest('https://attacker.example/beta/steal')).rejects.toThrow(
      'Refusing to send a Graph request to https://attacker.example.',
    );
    expect(getAccessToken).not.toHaveBeenCalled();
    expect(traffic.requests).toEqual([]);
  });
});
