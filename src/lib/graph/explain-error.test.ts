import { diagnosticsText, explainError } from './explain-error';
import { GraphError, NetworkError, UnexpectedResponseError } from './graph-error';

const ids = {
  requestId: 'req-1',
  clientRequestId: 'client-1',
  date: 'Sat, 28 Nov 2026 12:00:00 GMT',
};
const graphError = (
  status: number,
  init: Partial<ConstructorParameters<typeof GraphError>[0]> = {},
) => new GraphError({ status, code: 'Code', message: 'What Graph said', ...ids, ...init });
const write = { method: 'PATCH', path: '/things/7' };
const nothingToDo = {
  hint: null,
  request: null,
  action: 'none',
  retryable: false,
  needsSignIn: false,
};

it("keeps Graph's message, code, status and ids", () => {
  expect(explainError(graphError(400, { code: 'BadRequest' }))).toEqual({
    title: 'Graph rejected the request.',
    detail: 'What Graph said',
    code: 'BadRequest',
    status: 400,
    ...ids,
    ...nothingToDo,
  });
});

it('describes a body that broke the contract, with its ids', () => {
  const error = new UnexpectedResponseError({ status: 200, detail: 'value: Required', ...ids });
  expect(explainError(error)).toMatchObject({
    title: 'Graph returned an unexpected response.',
    detail: 'value: Required',
    code: null,
    status: 200,
    ...ids,
    action: 'retry',
    retryable: true,
    hint: 'If it keeps happening, something between you and Graph (a proxy or a sign-in page) may be answering instead.',
  });
});

it('describes a network failure with the client-request-id that was sent', () => {
  const error = new NetworkError({ clientRequestId: 'client-9', cause: new TypeError('Failed') });
  expect(explainError(error)).toEqual({
    title: 'Could not reach Microsoft Graph. Check your network connection.',
    detail: null,
    code: null,
    status: null,
    requestId: null,
    clientRequestId: 'client-9',
    date: null,
    ...nothingToDo,
    action: 'retry',
    retryable: true,
  });
});

it('describes anything else without inventing ids', () => {
  expect(explainError('boom')).toMatchObject({
    title: 'Something went wrong.',
    detail: 'boom',
    requestId: null,
    clientRequestId: null,
    ...nothingToDo,
  });
  expect(explainError(new Error('render failed')).detail).toBe('render failed');
});

it('asks for a new sign-in after a 401, and offers no plain retry for it', () => {
  expect(explainError(graphError(401))).toMatchObject({
    needsSignIn: true,
    retryable: false,
    action: 'sign in',
  });
});

it('offers to retry a read and to send a write again', () => {
  expect(explainError(graphError(503)).action).toBe('retry');
  expect(explainError(graphError(503, { request: write })).action).toBe('send again');
});

it('without a purpose, warns that a write lost on the network may not have been saved', () => {
  const error = new NetworkError({ clientRequestId: 'c', cause: null, request: write });
  expect(explainError(error).hint).toBe(
    'The change may not have been saved. Check what Graph holds now before sending it again.',
  );
});

it('puts everything support needs, and nothing else, into the diagnostics', () => {
  const request = { ...write, purpose: { action: 'change this thing' } };
  const text = diagnosticsText(explainError(graphError(500, { request })), new Date(0));
  expect(JSON.parse(text)).toEqual({
    title: 'Microsoft Graph had a problem answering. Try again.',
    hint: expect.any(String),
    detail: 'What Graph said',
    code: 'Code',
    status: 500,
    request: write,
    ...ids,
    at: '1970-01-01T00:00:00.000Z',
  });
});
