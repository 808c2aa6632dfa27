import { HttpResponse } from 'msw';

import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { graphErrorResponse, intuneNotFound } from '@/mocks/graph/graph-response';
import { answer, GUID, PATH } from '@/testing/graph-answers';
import { recordGraphTraffic } from '@/testing/record-requests';

import { graphRequest } from './graph-client';
import { GraphError } from './graph-error';

const TENANT = DEMO_ACCOUNT.tenantId;

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

    const error: unknown = await graphRequest(PATH, {
      tenantId: TENANT,
      method: 'PATCH',
      body: {},
    }).catch((e) => e);

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

    await expect(graphRequest(PATH, { tenantId: TENANT })).rejects.toMatchObject({
      status: 403,
      requestId: 'inner-request-id',
      clientRequestId: 'inner-client-id',
      date: '2026-11-28T12:00:00',
    });
  });

  it('unwraps the message Intune hides as JSON inside error.message', async () => {
    answer('get', (request) => intuneNotFound(request, 'ndesConnector'));

    const error = (await graphRequest(PATH, { tenantId: TENANT }).catch((e) => e)) as GraphError;

    expect(error.status).toBe(404);
    expect(error.code).toBe('ResourceNotFound');
    expect(error.message).toMatch(/^No ndesConnector with that id exists in this tenant\. - /);
    expect(error.message).not.toContain('_version');
  });

  it('still reports the status when an error body is not a Graph envelope', async () => {
    answer('get', () => new HttpResponse('Bad gateway', { status: 502 }));

    await expect(graphRequest(PATH, { tenantId: TENANT })).rejects.toMatchObject({
      name: 'GraphError',
      status: 502,
      code: 'UnknownError',
      message: 'Graph answered HTTP 502 without a Graph error description.',
    });
  });
});
