import { armFault, mockDb, receivedRequests } from '../node';

import { shuffled } from './batch-inner';

const BATCH = 'https://graph.microsoft.com/beta/$batch';
const PATH = '/deviceManagement/ndesConnectors';
const ids = () => mockDb.listConnectors().map((connector) => connector.id);

type Inner = { id: string; status: number; headers: Record<string, string>; body?: unknown };
type Payload = { requests: unknown[] };

const post = (payload: Payload | string) =>
  fetch(BATCH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

async function send(payload: Payload) {
  const response = await post(payload);
  expect(response.status).toBe(200);
  const { responses } = (await response.json()) as { responses: Inner[] };
  return { responses, byId: new Map(responses.map((inner) => [inner.id, inner])) };
}

const rename = (id: string, index: number, extra: Record<string, unknown> = {}) => ({
  id: String(index + 1),
  method: 'PATCH',
  url: `${PATH}/${id}`,
  headers: { 'Content-Type': 'application/json' },
  body: { '@odata.type': '#microsoft.graph.ndesConnector', displayName: `Renamed ${index + 1}` },
  ...extra,
});
const renameAll = (count = ids().length) => ({
  requests: ids()
    .slice(0, count)
    .map((id, index) => rename(id, index)),
});

describe('rejects a malformed batch with 400', () => {
  const twentyOne = Array.from({ length: 21 }, (_, index) => ({
    id: String(index),
    method: 'GET',
    url: PATH,
  }));
  it.each([
    ['more than 20 requests', JSON.stringify({ requests: twentyOne }), /21 requests; at most 20/],
    [
      'a repeated id (ids are not case-sensitive)',
      JSON.stringify({
        requests: [
          { id: 'a', method: 'GET', url: PATH },
          { id: 'A', method: 'GET', url: PATH },
        ],
      }),
      /repeats the request id 'A'/,
    ],
    ['a body that is not JSON', '{"requests": [', /not valid JSON/],
    ['no requests array', JSON.stringify({ value: [] }), /requests/],
    ['a request without a url', JSON.stringify({ requests: [{ id: '1', method: 'GET' }] }), /url/],
    [
      'a body without Content-Type',
      JSON.stringify({ requests: [{ id: '1', method: 'PATCH', url: PATH, body: {} }] }),
      /no Content-Type/,
    ],
  ])('%s', async (_name, body, message) => {
    const before = JSON.stringify(mockDb.listConnectors());
    const response = await post(body);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('BadRequest');
    expect(error.message).toMatch(message);
    expect(JSON.stringify(mockDb.listConnectors())).toBe(before);
  });

  it('accepts exactly 20 requests', async () => {
    const requests = Array.from({ length: 20 }, (_, index) => ({
      id: String(index),
      method: 'GET',
      url: `${PATH}/${ids()[0]}`,
    }));
    const { responses } = await send({ requests });
    expect(responses).toHaveLength(20);
  });
});

it('applies each inner PATCH through the tenant and answers every id, not in the order sent', async () => {
  const { responses } = await send(renameAll());
  expect(responses.map((inner) => inner.id)).not.toEqual(
    ids().map((_, index) => String(index + 1)),
  );
  expect(responses.map((inner) => inner.id).sort()).toEqual(
    ids()
      .map((_, index) => String(index + 1))
      .sort(),
  );
  expect(responses.every((inner) => inner.status === 204)).toBe(true);
  expect(mockDb.listConnectors().map((connector) => connector.displayName)).toEqual(
    ids().map((_, index) => `Renamed ${index + 1}`),
  );
  expect(receivedRequests()).toEqual([
    expect.objectContaining({ method: 'POST', path: '/$batch' }),
  ]);
});

it('gives each inner response its own headers', async () => {
  const [first, second] = ids();
  const { byId } = await send({
    requests: [
      {
        id: 'get',
        method: 'GET',
        url: `${PATH}/${first}`,
        headers: { 'client-request-id': 'c-1' },
      },
      { id: 'delete', method: 'DELETE', url: `${PATH.slice(1)}/${second}` },
    ],
  });
  const read = byId.get('get');
  expect(read?.status).toBe(200);
  expect(read?.headers).toEqual({
    'request-id': expect.stringMatching(/^[0-9a-f-]{36}$/),
    'client-request-id': 'c-1',
    Date: expect.stringMatching(/GMT$/),
    'Content-Type': expect.stringMatching(/^application\/json/),
  });
  expect(read?.body).toMatchObject({ id: first });
  const removed = byId.get('delete');
  expect(removed).toEqual({
    id: 'delete',
    status: 204,
    headers: { 'request-id': expect.any(String), Date: expect.any(String) },
  });
  expect(removed?.headers['request-id']).not.toBe(read?.headers['request-id']);
  expect(mockDb.getConnector(second ?? '')).toBeUndefined();
});

it('answers an inner request for a connector that is gone with its own 404', async () => {
  const { byId } = await send({ requests: [{ id: '1', method: 'DELETE', url: `${PATH}/nope` }] });
  expect(byId.get('1')).toMatchObject({
    status: 404,
    body: { error: { code: 'ResourceNotFound' } },
  });
});

describe('faults armed on inner requests', () => {
  it('throttles the chosen connector with a decimal Retry-After and applies the rest', async () => {
    const target = ids()[2] ?? '';
    armFault({
      scope: 'batch',
      method: 'PATCH',
      path: `${PATH}/${target}`,
      kind: 'http-429',
      retryAfter: { seconds: 0.249, format: 'seconds' },
    });
    const { byId } = await send(renameAll(5));
    expect(byId.get('3')).toMatchObject({
      status: 429,
      headers: { 'Retry-After': '0.249' },
      body: { error: { code: 'TooManyRequests' } },
    });
    expect(mockDb.getConnector(target)?.displayName).not.toBe('Renamed 3');
    expect([1, 2, 4, 5].map((n) => byId.get(String(n))?.status)).toEqual([204, 204, 204, 204]);
  });

  it.each([
    ['http-404', 404, 'ResourceNotFound'],
    ['http-500', 500, 'InternalServerError'],
  ] as const)('%s on the nth inner request, count times', async (kind, status, code) => {
    armFault({ scope: 'batch', method: 'PATCH', path: `${PATH}/:id`, position: 2, kind, count: 2 });
    for (let round = 0; round < 3; round += 1) {
      const { byId } = await send(renameAll(3));
      expect(byId.get('2')?.status).toBe(round < 2 ? status : 204);
      if (round < 2) expect(byId.get('2')?.body).toMatchObject({ error: { code } });
      expect(byId.get('1')?.status).toBe(204);
    }
  });

  it('does not strike direct requests, and direct faults do not strike inner ones', async () => {
    armFault({ scope: 'batch', method: 'GET', path: `${PATH}/:id`, kind: 'http-500' });
    armFault({ method: 'GET', path: `${PATH}/:id`, kind: 'http-503' });
    const direct = await fetch(`https://graph.microsoft.com/beta${PATH}/${ids()[0]}`);
    expect(direct.status).toBe(503);
    const { byId } = await send({
      requests: [{ id: '1', method: 'GET', url: `${PATH}/${ids()[0]}` }],
    });
    expect(byId.get('1')?.status).toBe(500);
  });

  it('a lost answer before processing changes nothing', async () => {
    armFault({ scope: 'batch', method: 'PATCH', path: `${PATH}/:id`, kind: 'network-error' });
    await expect(post(renameAll(3))).rejects.toThrow();
    expect(mockDb.listConnectors().some((c) => c.displayName?.startsWith('Renamed'))).toBe(false);
    expect(receivedRequests()).toEqual([
      expect.objectContaining({ path: '/$batch', status: null }),
    ]);
  });

  it('a dropped answer loses the whole reply after every request was applied', async () => {
    armFault({ scope: 'batch', method: 'PATCH', path: `${PATH}/:id`, kind: 'dropped-response' });
    await expect(post(renameAll(3))).rejects.toThrow();
    expect(
      mockDb
        .listConnectors()
        .slice(0, 3)
        .map((c) => c.displayName),
    ).toEqual(['Renamed 1', 'Renamed 2', 'Renamed 3']);
  });
});

it('never shuffles into the order it was given', () => {
  expect(shuffled([1, 2], () => 0.99)).toEqual([2, 1]);
  expect(shuffled([1, 2, 3, 4], () => 0.999)).not.toEqual([1, 2, 3, 4]);
  expect(shuffled([1])).toEqual([1]);
});
