import { HttpResponse } from 'msw';

import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { graphJson, graphNoContent } from '@/mocks/graph/graph-response';
import { answer, GUID, itemSchema, ok, PATH } from '@/testing/graph-answers';
import { recordGraphTraffic } from '@/testing/record-requests';

import { graphFetch, graphRequest } from './graph-client';
import { UnexpectedResponseError } from './graph-error';

const TENANT = DEMO_ACCOUNT.tenantId;

describe('successful answers', () => {
  it('parses a 200 body with the given schema and returns Graph’s ids', async () => {
    answer('get', ok);
    const traffic = recordGraphTraffic();

    const result = await graphRequest(PATH, { tenantId: TENANT, schema: itemSchema });

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

    const result = await graphRequest(PATH, {
      tenantId: TENANT,
      method: 'PATCH',
      body: {},
      schema: itemSchema,
    });

    expect(result.status).toBe(204);
    expect(result.data).toBeUndefined();
    expect(result.requestId).toBe(traffic.responses[0]?.headers.get('request-id'));
    expect(result.requestId).toMatch(GUID);
    expect(result.clientRequestId).toBe(traffic.requests[0]?.headers.get('client-request-id'));
    expect(Date.parse(result.date ?? '')).not.toBeNaN();
  });

  it('rejects a 2xx body that is not JSON, quoting the start of it', async () => {
    answer('get', () => new HttpResponse('<html>Sign in to continue</html>', { status: 200 }));

    const error: unknown = await graphRequest(PATH, { tenantId: TENANT, schema: itemSchema }).catch(
      (e) => e,
    );

    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({
      status: 200,
      detail: 'The body is not valid JSON: <html>Sign in to continue</html>',
    });
  });

  it('rejects a body that does not match the schema, naming the property', async () => {
    answer('get', (request) => graphJson(request, { id: '42', count: 'many' }));

    const error: unknown = await graphRequest(PATH, { tenantId: TENANT, schema: itemSchema }).catch(
      (e) => e,
    );

    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as UnexpectedResponseError).detail).toMatch(
      /^The body does not match the Graph contract: count: .*number/,
    );
  });

  it('graphFetch rejects an empty answer where a body is required', async () => {
    answer('get', (request) => graphNoContent(request));

    await expect(graphFetch(PATH, { tenantId: TENANT, schema: itemSchema })).rejects.toMatchObject({
      name: 'UnexpectedResponseError',
      detail: 'Graph answered without a body where one was expected.',
    });
  });
});
