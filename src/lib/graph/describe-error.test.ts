import { describeError } from './describe-error';
import { GraphError, NetworkError, UnexpectedResponseError } from './graph-error';

const ids = {
  requestId: 'req-1',
  clientRequestId: 'client-1',
  date: 'Sat, 28 Nov 2026 12:00:00 GMT',
};
const graphError = (status: number, code = 'SomeCode') =>
  new GraphError({ status, code, message: 'What Graph said', ...ids });

describe('describeError', () => {
  it.each([
    [400, 'BadRequest', 'Graph rejected the request.'],
    [401, 'InvalidAuthenticationToken', 'Your sign-in has expired. Sign in again.'],
    [403, 'Forbidden', 'You do not have permission to read connectors.'],
    [
      403,
      'ApprovalRequired',
      'Intune Multi Admin Approval requires an approved request for this change.',
    ],
    [404, 'ResourceNotFound', 'This connector no longer exists in the tenant.'],
    [409, 'Conflict', 'Someone else changed this connector. Reload it and try again.'],
    [412, 'PreconditionFailed', 'Someone else changed this connector. Reload it and try again.'],
    [429, 'TooManyRequests', 'Graph is throttling requests. Wait a moment and try again.'],
    [500, 'InternalServerError', 'Microsoft Graph had a problem answering. Try again.'],
    [503, 'ServiceUnavailable', 'Microsoft Graph had a problem answering. Try again.'],
    [418, 'Teapot', 'Graph answered HTTP 418.'],
  ])('titles HTTP %i %s for an admin', (status, code, title) => {
    const description = describeError(graphError(status, code));
    if (typeof title === 'string') expect(description.title).toBe(title);
    else expect(description.title).toMatch(title);
  });

  it.each([
    ['PATCH', '/deviceManagement/ndesConnectors/42', 'change this connector'],
    ['GET', '/deviceManagement/ndesConnectors/42', 'read connectors'],
    ['GET', '/deviceManagement/roleScopeTags', 'read scope tags'],
  ])('says what a 403 on %s %s refused', (method, path, subject) => {
    const error = new GraphError({
      status: 403,
      code: 'Forbidden',
      message: 'What Graph said',
      ...ids,
      request: { method, path },
    });
    expect(describeError(error).title).toBe(`You do not have permission to ${subject}.`);
  });

  it("keeps Graph's message, code, status and ids", () => {
    expect(describeError(graphError(400, 'BadRequest'))).toEqual({
      title: 'Graph rejected the request.',
      detail: 'What Graph said',
      code: 'BadRequest',
      status: 400,
      ...ids,
    });
  });

  it('describes a body that broke the contract, with its ids', () => {
    const error = new UnexpectedResponseError({ status: 200, detail: 'value: Required', ...ids });
    expect(describeError(error)).toEqual({
      title: 'Graph returned an unexpected response.',
      detail: 'value: Required',
      code: null,
      status: 200,
      ...ids,
    });
  });

  it('describes a network failure with the client-request-id that was sent', () => {
    const error = new NetworkError('client-9', new TypeError('Failed to fetch'));
    expect(describeError(error)).toEqual({
      title: 'Could not reach Microsoft Graph. Check your network connection.',
      detail: null,
      code: null,
      status: null,
      requestId: null,
      clientRequestId: 'client-9',
      date: null,
    });
  });

  it('describes anything else without inventing ids', () => {
    expect(describeError('boom')).toMatchObject({
      title: 'Something went wrong.',
      detail: 'boom',
      requestId: null,
      clientRequestId: null,
    });
    expect(describeError(new Error('render failed')).detail).toBe('render failed');
  });
});
