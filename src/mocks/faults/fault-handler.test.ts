import { connectorSchema } from '@/features/connectors/model/connector';
import { FAULT_KINDS, type FaultKind } from '@/features/demo/model/faults';
import { scopeTagSchema } from '@/features/scope-tags/types';
import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { fetchAllPages } from '@/lib/graph/fetch-all-pages';
import { graphFetch, graphRequest } from '@/lib/graph/graph-client';
import { GraphError, NetworkError, UnexpectedResponseError } from '@/lib/graph/graph-error';
import { armFault, mockDb, receivedRequests } from '@/mocks/node';

const TENANT = DEMO_ACCOUNT.tenantId;

const LIST = '/deviceManagement/ndesConnectors';
const ONE = '/deviceManagement/ndesConnectors/:id';
const ID = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';
const patch = (displayName: string) =>
  graphRequest(`${LIST}/${ID}`, {
    tenantId: TENANT,
    method: 'PATCH',
    body: { '@odata.type': '#microsoft.graph.ndesConnector', displayName },
  });
const readOne = () => graphFetch(`${LIST}/${ID}`, { tenantId: TENANT, schema: connectorSchema });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

const NOT_RETRIED = (Object.keys(FAULT_KINDS) as FaultKind[]).filter(
  (kind) =>
    FAULT_KINDS[kind].status !== null && !['http-429', 'http-503', 'http-504'].includes(kind),
);

it.each(NOT_RETRIED)('%s answers in Graph’s error envelope with its request-id', async (kind) => {
  const { status, code } = FAULT_KINDS[kind];
  armFault({ method: 'GET', path: ONE, kind });

  const error = await failure(readOne());

  expect(error).toBeInstanceOf(GraphError);
  expect(error).toMatchObject({ status, code });
  const [request] = receivedRequests('GET', ONE);
  expect(request?.requestId).toBeTruthy();
  expect((error as GraphError).requestId).toBe(request?.requestId);
});

it('unwraps Intune’s JSON-inside-message into its text', async () => {
  armFault({ method: 'GET', path: ONE, kind: 'http-403' });
  const error = await failure(readOne());
  expect((error as GraphError).message).toMatch(/^Application is not authorized/);
});

it('names the property a 400 is about when the fault says so', async () => {
  armFault({ method: 'PATCH', path: ONE, kind: 'http-400', target: 'displayName' });
  const error = await failure(patch('x'));
  expect(error).toMatchObject({ status: 400, target: 'displayName' });
});

it.each(['http-429', 'http-503', 'http-504'] as const)(
  'a read that meets %s once is retried and succeeds',
  async (kind) => {
    armFault({ method: 'GET', path: ONE, kind, retryAfter: { seconds: 0, format: 'seconds' } });
    await expect(readOne()).resolves.toMatchObject({ id: ID });
    expect(receivedRequests('GET', ONE).map((request) => request.status)).toEqual([
      FAULT_KINDS[kind].status,
      200,
    ]);
  },
);

it('honours a Retry-After sent as an HTTP date', async () => {
  armFault({
    method: 'GET',
    path: LIST,
    kind: 'http-429',
    retryAfter: { seconds: 0, format: 'http-date' },
  });
  await expect(
    fetchAllPages(LIST, { tenantId: TENANT, itemSchema: connectorSchema }),
  ).resolves.toHaveProperty('items.length', 10);
  expect(receivedRequests('GET', LIST)).toHaveLength(2);
});

it('gives up on a read after the maximum number of attempts', async () => {
  armFault({ method: 'GET', path: ONE, kind: 'http-503', count: 5 });
  await expect(readOne()).rejects.toMatchObject({ status: 503 });
  expect(receivedRequests('GET', ONE)).toHaveLength(3);
});

it.each([
  ['http-429', 2],
  ['http-503', 2],
  ['http-504', 1],
  ['http-500', 1],
  ['network-error', 1],
] as const)('a PATCH that meets %s once is sent %i time(s)', async (kind, sent) => {
  armFault({ method: 'PATCH', path: ONE, kind, retryAfter: { seconds: 0, format: 'seconds' } });
  await failure(patch('Renamed'));
  expect(receivedRequests('PATCH', ONE)).toHaveLength(sent);
});

it('retries a read after a network failure', async () => {
  armFault({ method: 'GET', path: ONE, kind: 'network-error' });
  await expect(readOne()).resolves.toMatchObject({ id: ID });
  expect(receivedRequests('GET', ONE).map((request) => request.status)).toEqual([null, 200]);
});

it('a network failure leaves the tenant unchanged; a dropped answer does not', async () => {
  armFault({ method: 'PATCH', path: ONE, kind: 'network-error' });
  expect(await failure(patch('Lost on the way'))).toBeInstanceOf(NetworkError);
  expect(mockDb.getConnector(ID)?.displayName).toBe('CERT01 – NDES primary');

  armFault({ method: 'PATCH', path: ONE, kind: 'dropped-response' });
  expect(await failure(patch('Applied, answer lost'))).toBeInstanceOf(NetworkError);
  expect(mockDb.getConnector(ID)?.displayName).toBe('Applied, answer lost');
});

it('an HTML page instead of JSON is an unexpected response without Graph ids', async () => {
  armFault({ method: 'GET', path: LIST, kind: 'html-body' });
  const error = await failure(
    fetchAllPages(LIST, { tenantId: TENANT, itemSchema: connectorSchema }),
  );
  expect(error).toBeInstanceOf(UnexpectedResponseError);
  expect(error).toMatchObject({ requestId: null, detail: expect.stringMatching(/not valid JSON/) });
  expect((error as UnexpectedResponseError).clientRequestId).toBeTruthy();
});

it.each([
  ['truncated-json', /not valid JSON/],
  ['wrong-type', /value: Invalid input: expected array, received object/],
  ['missing-value', /value: /],
] as const)('%s on a collection is an unexpected response with details', async (kind, detail) => {
  armFault({ method: 'GET', path: '/deviceManagement/roleScopeTags', kind });
  const error = await failure(
    fetchAllPages('/deviceManagement/roleScopeTags', {
      tenantId: TENANT,
      itemSchema: scopeTagSchema,
    }),
  );
  expect(error).toBeInstanceOf(UnexpectedResponseError);
  expect(error).toMatchObject({
    requestId: expect.any(String),
    detail: expect.stringMatching(detail),
  });
});

it('breaks the body of a write answered 204 by garbling the entity', async () => {
  armFault({ method: 'PATCH', path: ONE, kind: 'missing-value' });
  const error = await failure(
    graphRequest(`${LIST}/${ID}`, {
      tenantId: TENANT,
      method: 'PATCH',
      body: { '@odata.type': '#microsoft.graph.ndesConnector', displayName: 'Renamed' },
      schema: connectorSchema,
    }),
  );
  expect(error).toMatchObject({ detail: expect.stringMatching(/^The body does not match.*id/) });
  expect(receivedRequests('PATCH', ONE)).toHaveLength(1);
});

it('adds latency and then answers normally', async () => {
  armFault({ method: 'GET', path: ONE, kind: 'latency', latencyMs: 30 });
  const started = performance.now();
  await expect(readOne()).resolves.toMatchObject({ id: ID });
  expect(performance.now() - started).toBeGreaterThanOrEqual(25);
});

it('logs every request with its body, status and request-id', async () => {
  await patch('Logged');
  expect(receivedRequests()).toEqual([
    expect.objectContaining({
      method: 'PATCH',
      path: `${LIST}/${ID}`,
      body: JSON.stringify({
        '@odata.type': '#microsoft.graph.ndesConnector',
        displayName: 'Logged',
      }),
      status: 204,
      requestId: expect.any(String),
      faultId: null,
    }),
  ]);
});

it('does not wait out a Retry-After longer than the client’s total wait allows', async () => {
  armFault({
    method: 'GET',
    path: ONE,
    kind: 'http-429',
    retryAfter: { seconds: 120, format: 'seconds' },
  });
  await expect(readOne()).rejects.toMatchObject({ status: 429, retryAfterMs: 120_000 });
  expect(receivedRequests('GET', ONE)).toHaveLength(1);
});
