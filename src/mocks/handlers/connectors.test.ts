import { mockDb } from '../node';
import { seedScopeTags } from '../tenant/seed';

const BETA = 'https://graph.microsoft.com/beta';
const COLLECTION = `${BETA}/deviceManagement/ndesConnectors`;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Json = Record<string, unknown>;
const firstId = () => mockDb.listConnectors()[0]?.id ?? '';
const byId = (id: string) => `${COLLECTION}/${id}`;
const readJson = async (response: Response) => (await response.json()) as Json;

function patch(id: string, body: string, headers: Record<string, string> = {}) {
  return fetch(byId(id), {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
}

/** Graph's error envelope, as the app's error parser expects it. */
async function expectGraphError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await readJson(response);
  expect(body).toEqual({
    error: {
      code,
      message: expect.any(String) as string,
      ...('target' in (body.error as Json) ? { target: expect.any(String) as string } : {}),
      innerError: {
        'request-id': response.headers.get('request-id'),
        'client-request-id': response.headers.get('client-request-id'),
        date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/) as string,
      },
    },
  });
  return body.error as { code: string; message: string; target?: string };
}

describe('GET /deviceManagement/ndesConnectors', () => {
  it('lists every connector in { value }, typed as ndesConnector', async () => {
    const response = await fetch(COLLECTION);
    const body = await readJson(response);

    expect(response.status).toBe(200);
    const value = body.value as Json[];
    expect(value.map((item) => item.id)).toEqual(mockDb.listConnectors().map((c) => c.id));
    expect(value.every((item) => item['@odata.type'] === '#microsoft.graph.ndesConnector')).toBe(
      true,
    );
    expect(body).not.toHaveProperty('@odata.nextLink');
  });

  it('pages with $top and an absolute @odata.nextLink until every connector is read once', async () => {
    const seen: unknown[] = [];
    const links: string[] = [];
    let next: string | undefined = `${COLLECTION}?$top=3`;
    while (next) {
      const body = await readJson(await fetch(next));
      const page = body.value as Json[];
      expect(page.length).toBeLessThanOrEqual(3);
      seen.push(...page.map((item) => item.id));
      next = body['@odata.nextLink'] as string | undefined;
      if (next) links.push(next);
    }

    const all = mockDb.listConnectors().map((c) => c.id);
    expect(seen).toEqual(all);
    expect(links).toHaveLength(Math.ceil(all.length / 3) - 1);
    expect(links[0]).toBe(`${COLLECTION}?$top=3&$skip=3`);
  });

  it('answers fewer items than $top asks for when its page size is set, as Graph may', async () => {
    mockDb.setMaxPageSize(4);
    const body = await readJson(await fetch(`${COLLECTION}?$top=100`));

    expect(body.value).toHaveLength(4);
    expect(body['@odata.nextLink']).toBe(`${COLLECTION}?$top=100&$skip=4`);
  });

  it('refuses a $top that is not a number', async () => {
    const error = await expectGraphError(await fetch(`${COLLECTION}?$top=ten`), 400, 'BadRequest');
    expect(error.message).toBe("Invalid value 'ten' for the query option '$top'.");
  });
});

describe('GET /deviceManagement/ndesConnectors/{id}', () => {
  it('returns the connector', async () => {
    const [, second] = mockDb.listConnectors();
    const response = await fetch(byId(second?.id ?? ''));

    expect(response.status).toBe(200);
    expect(await readJson(response)).toMatchObject({
      '@odata.type': '#microsoft.graph.ndesConnector',
      ...second,
    });
  });

  it('answers an unknown id with 404 in the error envelope, the text wrapped the Intune way', async () => {
    const response = await fetch(byId('00000000-0000-0000-0000-000000000000'));

    const error = await expectGraphError(response, 404, 'ResourceNotFound');
    expect(JSON.parse(error.message)).toMatchObject({
      Message: expect.stringMatching(/^No ndesConnector with that id exists/) as string,
    });
  });
});

describe('PATCH /deviceManagement/ndesConnectors/{id}', () => {
  it('answers 204 with no body by default, and the change is stored', async () => {
    const id = firstId();
    const response = await patch(id, '{"displayName":"Renamed","state":"inactive"}');

    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(await readJson(await fetch(byId(id)))).toMatchObject({
      displayName: 'Renamed',
      state: 'inactive',
    });
  });

  it('answers 200 with the updated entity after setPatchResponse("entity")', async () => {
    const id = firstId();
    mockDb.setPatchResponse('entity');

    const response = await patch(id, '{"roleScopeTagIds":["2","3"]}');

    expect(response.status).toBe(200);
    expect(await readJson(response)).toEqual({
      '@odata.context': expect.stringContaining(
        '$metadata#deviceManagement/ndesConnectors',
      ) as string,
      '@odata.type': '#microsoft.graph.ndesConnector',
      ...mockDb.getConnector(id),
      roleScopeTagIds: ['2', '3'],
    });
  });

  it('accepts null for a nullable property', async () => {
    const id = firstId();
    expect((await patch(id, '{"machineName":null}')).status).toBe(204);
    expect(mockDb.getConnector(id)?.machineName).toBeNull();
  });

  it('answers an unknown id with 404', async () => {
    await expectGraphError(
      await patch('no-such-id', '{"state":"active"}'),
      404,
      'ResourceNotFound',
    );
  });

  it.each([
    ['an array', '[{"displayName":"x"}]'],
    ['a string', '"displayName"'],
    ['a number', '42'],
    ['null', 'null'],
    ['empty', ''],
    ['broken JSON', '{"displayName": "x"'],
  ])('rejects a body that is %s with 400', async (_case, body) => {
    const id = firstId();
    const before = mockDb.getConnector(id);

    const error = await expectGraphError(await patch(id, body), 400, 'BadRequest');

    expect(error.message).not.toBe('');
    expect(mockDb.getConnector(id)).toEqual(before);
  });

  it.each([
    [
      'an unknown property',
      { nickname: 'x' },
      'nickname',
      /does not exist on type 'microsoft\.graph\.ndesConnector'/,
    ],
    [
      'a number for a string',
      { displayName: 5 },
      'displayName',
      /Cannot convert the literal '5' to the expected type 'Edm\.String'/,
    ],
    ['a state outside none/active/inactive', { state: 'enabled' }, 'state', /ndesConnectorState/],
    ['a state in another case', { state: 'Active' }, 'state', /ndesConnectorState/],
    ['null for a non-nullable state', { state: null }, 'state', /does not allow null values/],
    [
      'a DateTimeOffset without an offset',
      { enrolledDateTime: '2016-12-31T23:59:43.797191' },
      'enrolledDateTime',
      /Edm\.DateTimeOffset/,
    ],
    [
      'a DateTimeOffset on a day that does not exist',
      { lastConnectionDateTime: '2016-02-30T10:00:00Z' },
      'lastConnectionDateTime',
      /Edm\.DateTimeOffset/,
    ],
    [
      'a date without a time',
      { enrolledDateTime: '2016-12-31' },
      'enrolledDateTime',
      /Edm\.DateTimeOffset/,
    ],
    [
      'scope tags as a string',
      { roleScopeTagIds: '0' },
      'roleScopeTagIds',
      /Collection\(Edm\.String\)/,
    ],
    [
      'scope tags as numbers',
      { roleScopeTagIds: [0, 1] },
      'roleScopeTagIds',
      /Collection\(Edm\.String\)/,
    ],
    [
      'another @odata.type',
      { '@odata.type': '#microsoft.graph.user' },
      '@odata.type',
      /could not be resolved/,
    ],
    ['a different id', { id: 'other' }, 'id', /cannot be changed/],
  ])('rejects %s with 400 naming the property', async (_case, body, target, message) => {
    const id = firstId();
    const before = mockDb.getConnector(id);

    const error = await expectGraphError(await patch(id, JSON.stringify(body)), 400, 'BadRequest');

    expect(error.target).toBe(target);
    expect(error.message).toMatch(message);
    expect(mockDb.getConnector(id)).toEqual(before);
  });

  it('rejects the whole body when one property is wrong', async () => {
    const id = firstId();
    const before = mockDb.getConnector(id);

    await patch(id, JSON.stringify({ displayName: 'Fine', state: 'broken' }));

    expect(mockDb.getConnector(id)).toEqual(before);
  });
});

describe('DELETE /deviceManagement/ndesConnectors/{id}', () => {
  it('removes the connector: 204, then 404 and one fewer in the list', async () => {
    const id = firstId();
    const count = mockDb.listConnectors().length;

    const response = await fetch(byId(id), { method: 'DELETE' });

    expect(response.status).toBe(204);
    expect((await fetch(byId(id))).status).toBe(404);
    const list = (await readJson(await fetch(COLLECTION))).value as Json[];
    expect(list).toHaveLength(count - 1);
    expect(list.map((item) => item.id)).not.toContain(id);
  });

  it('answers 404 for an id it does not have', async () => {
    await expectGraphError(
      await fetch(byId('gone'), { method: 'DELETE' }),
      404,
      'ResourceNotFound',
    );
  });
});

describe('GET /deviceManagement/roleScopeTags', () => {
  it('lists at least four tags, among them the built-in Default "0"', async () => {
    const response = await fetch(`${BETA}/deviceManagement/roleScopeTags`);
    const value = (await readJson(response)).value as Json[];

    expect(response.status).toBe(200);
    expect(value.length).toBeGreaterThanOrEqual(4);
    expect(value.filter((tag) => tag.isBuiltIn === true)).toEqual([
      expect.objectContaining({ id: '0', displayName: 'Default', isBuiltIn: true }),
    ]);
    expect(value.map((tag) => tag.id)).toEqual(seedScopeTags.map((tag) => tag.id));
  });
});

describe('response headers', () => {
  const requests: [string, () => Promise<Response>][] = [
    ['a list', () => fetch(COLLECTION, { headers: { 'client-request-id': 'sent-id' } })],
    ['a GET', () => fetch(byId(firstId()), { headers: { 'client-request-id': 'sent-id' } })],
    ['a 404', () => fetch(byId('nope'), { headers: { 'client-request-id': 'sent-id' } })],
    ['a PATCH', () => patch(firstId(), '{"state":"active"}', { 'client-request-id': 'sent-id' })],
    ['a 400', () => patch(firstId(), '{"state":1}', { 'client-request-id': 'sent-id' })],
    [
      'a DELETE',
      () =>
        fetch(byId(firstId()), { method: 'DELETE', headers: { 'client-request-id': 'sent-id' } }),
    ],
    [
      'the scope tags',
      () =>
        fetch(`${BETA}/deviceManagement/roleScopeTags`, {
          headers: { 'client-request-id': 'sent-id' },
        }),
    ],
  ];

  it.each(requests)(
    '%s carries request-id, the echoed client-request-id and Date',
    async (_case, send) => {
      const before = Date.now();
      const response = await send();

      expect(response.headers.get('request-id')).toMatch(GUID);
      expect(response.headers.get('client-request-id')).toBe('sent-id');
      const date = Date.parse(response.headers.get('date') ?? '');
      expect(date).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
      expect(date).toBeLessThanOrEqual(Date.now());
    },
  );

  it('gives a client-request-id even when none was sent, and a new request-id each time', async () => {
    const first = await fetch(COLLECTION);
    const second = await fetch(COLLECTION);

    expect(first.headers.get('client-request-id')).toMatch(GUID);
    expect(first.headers.get('request-id')).not.toBe(second.headers.get('request-id'));
  });
});
