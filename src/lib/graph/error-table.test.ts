import { explainError } from './explain-error';
import { GraphError, type GraphRequestInfo } from './graph-error';

const ids = { requestId: 'req-1', clientRequestId: 'client-1', date: null };
const graphError = (
  status: number,
  init: Partial<ConstructorParameters<typeof GraphError>[0]> = {},
) => new GraphError({ status, code: 'Code', message: 'What Graph said', ...ids, ...init });
const read: GraphRequestInfo = { method: 'GET', path: '/things/7' };
const write: GraphRequestInfo = { method: 'PATCH', path: '/things/7' };

it.each([
  [400, 'BadRequest', 'Graph rejected the request.'],
  [401, 'InvalidAuthenticationToken', 'Your sign-in has expired. Sign in again.'],
  [
    403,
    'ApprovalRequired',
    'Intune Multi Admin Approval requires an approved request for this change.',
  ],
  [429, 'TooManyRequests', 'Graph is throttling requests. Wait a moment and try again.'],
  [500, 'InternalServerError', 'Microsoft Graph had a problem answering. Try again.'],
  [503, 'ServiceUnavailable', 'Microsoft Graph had a problem answering. Try again.'],
  [418, 'Teapot', 'Graph answered HTTP 418.'],
])('titles HTTP %i %s for an admin', (status, code, title) => {
  expect(explainError(graphError(status, { code })).title).toBe(title);
});

it('names the property Graph rejected', () => {
  expect(explainError(graphError(400, { target: 'displayName' })).hint).toBe(
    'Graph named the property displayName.',
  );
});

it('tells a throttled user how long Graph asked to wait', () => {
  const explanation = explainError(graphError(429, { retryAfterMs: 12_500 }));
  expect(explanation).toMatchObject({
    retryable: true,
    hint: 'Graph asked to wait 13 seconds before trying again.',
  });
});

it('explains Multi Admin Approval as a request to file, whatever the request was', () => {
  const explanation = explainError(graphError(403, { code: 'ApprovalRequired', request: write }));
  expect(explanation.title).toMatch(/Multi Admin Approval requires an approved request/);
  expect(explanation.hint).toMatch(/Tenant administration › Multi Admin Approval/);
  expect(explanation.action).toBe('none');
});

describe('without a purpose, it says what is true of any request', () => {
  it.each([
    [read, 'You do not have permission to read /things/7.'],
    [write, 'You do not have permission to change /things/7.'],
    [null, 'You do not have permission to do this.'],
  ])('a 403 on %o', (request, title) => {
    expect(explainError(graphError(403, { request }))).toMatchObject({ title, hint: null });
  });

  it('names the path Graph could not find', () => {
    expect(explainError(graphError(404, { request: read }))).toMatchObject({
      title: 'Graph could not find /things/7.',
      hint: null,
    });
    expect(explainError(graphError(404)).title).toBe('Graph could not find what was asked for.');
  });

  it.each([409, 412])('calls HTTP %i a conflict', (status) => {
    expect(explainError(graphError(status, { request: write }))).toMatchObject({
      title: 'Someone else changed this meanwhile. Reload and try again.',
      hint: 'This is a conflict: load the latest version, then make your change again.',
    });
  });

  it.each([500, 502, 504])('leaves a write answered %i in doubt', (status) => {
    expect(explainError(graphError(status, { request: write })).hint).toBe(
      'The change may or may not have been applied. Check what Graph holds now before sending it again.',
    );
  });

  it('says a 503 write was not applied, and a 5xx read needs no warning', () => {
    expect(explainError(graphError(503, { request: write })).hint).toBeNull();
    expect(explainError(graphError(500, { request: read })).hint).toBeNull();
  });
});
