import { explainError } from '@/lib/graph/explain-error';
import {
  GraphError,
  NetworkError,
  UnexpectedResponseError,
  type GraphRequestInfo,
} from '@/lib/graph/graph-error';

import { connectorPurposes } from './request-purposes';

const ids = { requestId: 'req-1', clientRequestId: 'client-1', date: null };
const ONE = '/deviceManagement/ndesConnectors/42';
// The requests as connector-queries.ts and save-connector.ts send them.
const list = {
  method: 'GET',
  path: '/deviceManagement/ndesConnectors',
  purpose: connectorPurposes.list,
};
const read = { method: 'GET', path: ONE, purpose: connectorPurposes.detail };
const patch = { method: 'PATCH', path: ONE, purpose: connectorPurposes.save };
const graphError = (status: number, request: GraphRequestInfo, code = 'Code') =>
  new GraphError({ status, code, message: 'What Graph said', ...ids, request });

it.each([
  [403, list, 'You do not have permission to read connectors.'],
  [403, read, 'You do not have permission to read connectors.'],
  [403, patch, 'You do not have permission to change this connector.'],
  [404, read, 'This connector no longer exists in the tenant.'],
  [404, patch, 'This connector no longer exists in the tenant.'],
  [409, patch, 'Someone else changed this connector. Reload it and try again.'],
  [412, patch, 'Someone else changed this connector. Reload it and try again.'],
])('titles HTTP %i on %o for an admin', (status, request, title) => {
  expect(explainError(graphError(status, request)).title).toBe(title);
});

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
  expect(explainError(graphError(status, request)).hint).toMatch(hint);
});

it('names what a refused read was for', () => {
  expect(explainError(graphError(403, list)).hint).toMatch(/^Reading connectors needs/);
});

it('sends a deleted connector back to the list', () => {
  expect(explainError(graphError(404, read)).hint).toBe(
    'It may have been deleted or unenrolled. Go back to the list of connectors.',
  );
});

it('says a 503 write was not applied: only 500, 502 and 504 leave it in doubt', () => {
  expect(explainError(graphError(503, patch))).toMatchObject({ hint: null, retryable: true });
});

it('explains Multi Admin Approval as a request to file, not a missing permission', () => {
  const explanation = explainError(graphError(403, patch, 'ApprovalRequired'));
  expect(explanation.title).toMatch(/Multi Admin Approval requires an approved request/);
  expect(explanation.hint).toMatch(/Tenant administration › Multi Admin Approval/);
});

it('treats a garbled answer to a save as possibly applied, and safe to send again', () => {
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
    action: 'send again',
    hint: 'The change may or may not have been applied. Sending it again checks the connector first, so it is never applied twice.',
  });
});

it('warns that a save lost on the network may not have been saved', () => {
  const error = new NetworkError({
    clientRequestId: 'client-9',
    cause: new TypeError('Failed to fetch'),
    request: patch,
  });
  expect(explainError(error)).toMatchObject({
    retryable: true,
    clientRequestId: 'client-9',
    hint: 'The change may not have been saved. Sending it again checks the connector first and sends the change only if Graph does not hold it yet.',
  });
});
