import { diagnosticsText, explainError } from './describe-error';
import { GraphError, NetworkError, UnexpectedResponseError } from './graph-error';

const ids = { requestId: 'req-1', clientRequestId: 'client-1', date: null };
const patch = { method: 'PATCH', path: '/deviceManagement/ndesConnectors/42' };
const read = { method: 'GET', path: '/deviceManagement/ndesConnectors/42' };
const graphError = (
  status: number,
  init: Partial<ConstructorParameters<typeof GraphError>[0]> = {},
) => new GraphError({ status, code: 'Code', message: 'What Graph said', ...ids, ...init });

it.each([
  [403, read, /Read\.All/],
  [403, patch, /Intune role that can update connectors/],
  [404, read, /deleted or unenrolled/],
  [409, patch, /conflict/],
  [412, patch, /conflict/],
  [500, patch, /may or may not have been applied/],
  [502, patch, /may or may not have been applied/],
  [504, patch, /may or may not have been applied/],
])('HTTP %i on a %o says what to do next', (status, request, hint) => {
  expect(explainError(graphError(status, { request })).hint).toMatch(hint);
});

it('names what a refused read was for: connectors or the scope tag lookup', () => {
  const hintFor = (path: string) =>
    explainError(graphError(403, { request: { method: 'GET', path } })).hint;
  expect(hintFor('/deviceManagement/ndesConnectors')).toMatch(/^Reading connectors needs/);
  expect(hintFor('/deviceManagement/roleScopeTags')).toMatch(/^Reading scope tags needs/);
});

it('tells a throttled user how long Graph asked to wait', () => {
  const explanation = explainError(graphError(429, { retryAfterMs: 12_500 }));
  expect(explanation).toMatchObject({
    retryable: true,
    hint: 'Graph asked to wait 13 seconds before trying again.',
  });
});

it('says a 503 write was not applied: only 500, 502 and 504 leave it in doubt', () => {
  expect(explainError(graphError(503, { request: patch }))).toMatchObject({
    hint: null,
    retryable: true,
  });
});

it('explains Multi Admin Approval as a request to file, not a missing permission', () => {
  const explanation = explainError(graphError(403, { code: 'ApprovalRequired', request: patch }));
  expect(explanation.title).toMatch(/Multi Admin Approval requires an approved request/);
  expect(explanation.hint).toMatch(/Tenant administration › Multi Admin Approval/);
});

it('asks for a new sign-in after a 401, and offers no plain retry for it', () => {
  expect(explainError(graphError(401))).toMatchObject({ needsSignIn: true, retryable: false });
});

it('names the path Graph could not find when it is not a connector', () => {
  const error = graphError(404, {
    request: { method: 'GET', path: '/deviceManagement/roleScopeTags' },
  });
  expect(explainError(error).title).toBe('Graph could not find /deviceManagement/roleScopeTags.');
});

it('treats a garbled answer to a write as possibly applied', () => {
  const error = new UnexpectedResponseError({
    status: 200,
    detail: 'not JSON',
    ...ids,
    request: patch,
  });
  expect(explainError(error)).toMatchObject({
    title: 'Graph returned an unexpected response.',
    detail: 'not JSON',
    retryable: true,
    hint: expect.stringMatching(/may or may not have been applied/),
  });
});

it('warns that a write lost on the network may not have been saved', () => {
  const error = new NetworkError('client-9', new TypeError('Failed to fetch'), patch);
  expect(explainError(error)).toMatchObject({
    retryable: true,
    clientRequestId: 'client-9',
    hint: expect.stringMatching(/may not have been saved/),
  });
});

it('puts everything support needs, and nothing else, into the diagnostics', () => {
  const text = diagnosticsText(explainError(graphError(500, { request: patch })), new Date(0));
  expect(JSON.parse(text)).toEqual({
    title: 'Microsoft Graph had a problem answering. Try again.',
    hint: expect.any(String),
    detail: 'What Graph said',
    code: 'Code',
    status: 500,
    request: patch,
    requestId: 'req-1',
    clientRequestId: 'client-1',
    date: null,
    at: '1970-01-01T00:00:00.000Z',
  });
});
