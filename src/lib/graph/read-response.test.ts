import { HttpResponse } from 'msw';

import {
  graphErrorResponse,
  graphJson,
  graphNoContent,
  intuneNotFound,
} from '@/mocks/graph-response';
import { answer, GUID, itemSchema, ok, PATH } from '@/testing/graph-answers';
import { recordGraphTraffic } from '@/testing/record-requests';

import { graphFetch, graphRequest } from './graph-client';
import { GraphError, UnexpectedResponseError } from './graph-error';

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
