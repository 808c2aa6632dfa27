import type { FaultSpec } from '../../../src/features/demo/model/faults';

export type Place = 'list' | 'detail' | 'scope tags' | 'save';
type Fault = Omit<FaultSpec, 'method' | 'path'>;

/**
 * How the user gets going again after the error. 'send again' re-reads the connector, then PATCHes;
 * 'found applied' is a send again whose re-read finds the change already in Graph, so no PATCH goes out.
 */
export type Recovery = 'try again' | 'sign in again' | 'read-only' | 'send again' | 'found applied';

export type Expectation =
  | {
      outcome: 'error';
      /** The headline the user sees. */
      message: string;
      /** More text that must be in the message (Graph's words, the parse problem, the next step). */
      details?: string[];
      /** Whether Graph's request-id (the one the mock sent) is on screen. */
      requestId: boolean;
      /** Requests to the struck place before the error shows: more than 1 means the client retried. */
      sent: number;
      recovery: Recovery;
    }
  | {
      outcome: 'recovers';
      sent: number;
      /** What the retry indicator says while the client waits. */
      indicator?: string;
      /** The place shows that it is busy before the answer comes. */
      showsBusy?: boolean;
    };

export type MatrixRow = { place: Place; scenario: string; fault: Fault; expect: Expectation };

const UNEXPECTED = 'Graph returned an unexpected response.';
const NOT_JSON = 'The body is not valid JSON';
const OFF_CONTRACT = 'The body does not match the Graph contract';
const UNREACHABLE = 'Could not reach Microsoft Graph.';
const THROTTLED = 'Graph is throttling requests.';
const GRAPH_5XX = 'Microsoft Graph had a problem answering.';
const MAYBE_APPLIED = 'The change may or may not have been applied';

const error = (
  message: string,
  { details, requestId = true, sent = 1, recovery = 'try again' as Recovery } = {} as {
    details?: string[];
    requestId?: boolean;
    sent?: number;
    recovery?: Recovery;
  },
): Expectation => ({ outcome: 'error', message, details, requestId, sent, recovery });

type RowMaker = (scenario: string, fault: Fault, expect: Expectation) => MatrixRow;

/** Throttled once, Retry-After honoured, then success: the same for reads and for the save. */
const throttledOnce = (row: RowMaker): MatrixRow[] => [
  row(
    '429 once, Retry-After: 1 (seconds)',
    { kind: 'http-429', retryAfter: { seconds: 1, format: 'seconds' } },
    {
      outcome: 'recovers',
      sent: 2,
      indicator: 'Graph is busy (HTTP 429): trying again in 1 s (attempt 2 of 3)',
    },
  ),
  row(
    '503 once, Retry-After as an HTTP date',
    { kind: 'http-503', retryAfter: { seconds: 2, format: 'http-date' } },
    { outcome: 'recovers', sent: 2, indicator: 'Graph is busy (HTTP 503)' },
  ),
];

const PATHS: Record<Exclude<Place, 'save'>, string> = {
  list: '/deviceManagement/ndesConnectors',
  detail: '/deviceManagement/ndesConnectors/:id',
  'scope tags': '/deviceManagement/roleScopeTags',
};

function readRows(place: Exclude<Place, 'save'>): MatrixRow[] {
  const row = (scenario: string, fault: Fault, expect: Expectation): MatrixRow => ({
    place,
    scenario,
    fault,
    expect,
  });
  const notFound =
    place === 'detail'
      ? 'This connector no longer exists in the tenant.'
      : `Graph could not find ${PATHS[place]}.`;
  // A collection that breaks the schema names the item; an entity names the property itself.
  const wrongType = place === 'detail' ? 'displayName' : 'expected array, received object';
  const missing = place === 'detail' ? 'id:' : 'value:';
  return [
    row('400 Bad Request', { kind: 'http-400' }, error('Graph rejected the request.')),
    row(
      '401 Unauthorized',
      { kind: 'http-401' },
      error('Your sign-in has expired. Sign in again.', { recovery: 'sign in again' }),
    ),
    row(
      '403 Forbidden (Intune JSON message)',
      { kind: 'http-403' },
      error('You do not have permission', {
        details: ['Application is not authorized to perform this operation'],
      }),
    ),
    row('404 Not Found', { kind: 'http-404' }, error(notFound)),
    row(
      '429 three times: attempts run out',
      { kind: 'http-429', count: 3 },
      error(THROTTLED, { sent: 3, recovery: 'send again' }),
    ),
    row('500 Internal Server Error', { kind: 'http-500' }, error(GRAPH_5XX)),
    row('502 Bad Gateway', { kind: 'http-502' }, error(GRAPH_5XX)),
    row(
      '503 three times: attempts run out',
      { kind: 'http-503', count: 3 },
      error(GRAPH_5XX, { sent: 3 }),
    ),
    row(
      '504 three times: attempts run out',
      { kind: 'http-504', count: 3 },
      error(GRAPH_5XX, { sent: 3 }),
    ),
    ...throttledOnce(row),
    row(
      '504 once, no Retry-After (backoff)',
      { kind: 'http-504' },
      { outcome: 'recovers', sent: 2 },
    ),
    // The scope tag field shows raw ids until the names arrive: nothing there reads as busy.
    row(
      '1.5 s latency',
      { kind: 'latency', latencyMs: 1500 },
      { outcome: 'recovers', sent: 1, showsBusy: place !== 'scope tags' },
    ),
    row(
      'HTML page instead of JSON',
      { kind: 'html-body' },
      error(UNEXPECTED, { details: [NOT_JSON], requestId: false }),
    ),
    row('Truncated JSON', { kind: 'truncated-json' }, error(UNEXPECTED, { details: [NOT_JSON] })),
    row(
      'Wrong type in the body',
      { kind: 'wrong-type' },
      error(UNEXPECTED, { details: [OFF_CONTRACT, wrongType] }),
    ),
    row(
      'Required property missing',
      { kind: 'missing-value' },
      error(UNEXPECTED, { details: [OFF_CONTRACT, missing] }),
    ),
    row(
      'Network failure three times',
      { kind: 'network-error', count: 3 },
      error(UNREACHABLE, { requestId: false, sent: 3 }),
    ),
    row('Network failure once', { kind: 'network-error' }, { outcome: 'recovers', sent: 2 }),
  ];
}

function saveRows(): MatrixRow[] {
  const row = (scenario: string, fault: Fault, expect: Expectation): MatrixRow => ({
    place: 'save',
    scenario,
    fault,
    expect,
  });
  return [
    row('400 Bad Request', { kind: 'http-400' }, error('Graph rejected the request.')),
    row(
      '401 Unauthorized',
      { kind: 'http-401' },
      error('Your sign-in has expired. Sign in again.', { recovery: 'sign in again' }),
    ),
    row(
      '403 Forbidden: the app turns read-only',
      { kind: 'http-403' },
      error('You do not have permission', {
        details: ['needs an Intune role that can update connectors'],
        recovery: 'read-only',
      }),
    ),
    row(
      '403 ApprovalRequired (Multi Admin Approval)',
      { kind: 'http-403-approval' },
      error('Intune Multi Admin Approval requires an approved request for this change.', {
        details: ['Multi Admin Approval'],
      }),
    ),
    row(
      '404 Not Found',
      { kind: 'http-404' },
      error('This connector no longer exists in the tenant.'),
    ),
    row('409 Conflict', { kind: 'http-409' }, error('Someone else changed this connector.')),
    row(
      '412 Precondition Failed',
      { kind: 'http-412' },
      error('Someone else changed this connector.'),
    ),
    row(
      '429 three times: attempts run out',
      { kind: 'http-429', count: 3 },
      error(THROTTLED, { sent: 3, recovery: 'send again' }),
    ),
    row(
      '500 Internal Server Error',
      { kind: 'http-500' },
      error(GRAPH_5XX, { details: [MAYBE_APPLIED], recovery: 'send again' }),
    ),
    row(
      '502 Bad Gateway',
      { kind: 'http-502' },
      error(GRAPH_5XX, { details: [MAYBE_APPLIED], recovery: 'send again' }),
    ),
    row(
      '503 three times: attempts run out',
      { kind: 'http-503', count: 3 },
      error(GRAPH_5XX, { sent: 3, recovery: 'send again' }),
    ),
    // A 504 may have applied the write, so the client must not send it again by itself.
    row(
      '504 once: the PATCH is not repeated',
      { kind: 'http-504' },
      error(GRAPH_5XX, { details: [MAYBE_APPLIED], recovery: 'send again' }),
    ),
    ...throttledOnce(row),
    row(
      '1.5 s latency',
      { kind: 'latency', latencyMs: 1500 },
      { outcome: 'recovers', sent: 1, showsBusy: true },
    ),
    row(
      'HTML page instead of JSON',
      { kind: 'html-body' },
      error(UNEXPECTED, {
        details: [NOT_JSON, MAYBE_APPLIED],
        requestId: false,
        recovery: 'send again',
      }),
    ),
    // The mock applied these changes before it garbled the answer: sending again finds them in Graph.
    row(
      'Truncated JSON after Graph applied the change',
      { kind: 'truncated-json' },
      error(UNEXPECTED, { details: [NOT_JSON], recovery: 'found applied' }),
    ),
    row(
      'Wrong type in the body after Graph applied the change',
      { kind: 'wrong-type' },
      error(UNEXPECTED, { details: [OFF_CONTRACT], recovery: 'found applied' }),
    ),
    row(
      'Required property missing after Graph applied the change',
      { kind: 'missing-value' },
      error(UNEXPECTED, { details: [OFF_CONTRACT], recovery: 'found applied' }),
    ),
    row(
      'Network failure: sent once, never repeated by itself',
      { kind: 'network-error' },
      error(UNREACHABLE, {
        details: ['The change may not have been saved'],
        requestId: false,
        recovery: 'send again',
      }),
    ),
    row(
      'Connection dropped after Graph applied the change',
      { kind: 'dropped-response' },
      error(UNREACHABLE, { requestId: false, recovery: 'found applied' }),
    ),
  ];
}

export const FAULT_MATRIX: MatrixRow[] = [
  ...readRows('list'),
  ...readRows('detail'),
  ...readRows('scope tags'),
  ...saveRows(),
];

const REQUEST_NAMES: Record<Place, string> = {
  list: 'GET',
  detail: 'GET',
  'scope tags': 'GET',
  save: 'PATCH',
};

const RECOVERIES: Record<Place, Record<Recovery, string>> = {
  list: {
    'try again': 'Retry loads it',
    'sign in again': '"Sign in again" loads it',
    'read-only': '',
    'send again': '',
    'found applied': '',
  },
  detail: {
    'try again': 'Retry loads it',
    'sign in again': '"Sign in again" loads it',
    'read-only': '',
    'send again': '',
    'found applied': '',
  },
  'scope tags': {
    'try again': 'the form stays usable; "Retry loading scope tags" loads the names',
    'sign in again': 'the form stays usable; "Sign in again" loads the names',
    'read-only': '',
    'send again': '',
    'found applied': '',
  },
  save: {
    'try again': 'saving again succeeds',
    'sign in again': '"Sign in again", then saving again succeeds',
    'read-only': 'the form turns read-only',
    'send again': '"Send again" re-reads, then one more PATCH saves it',
    'found applied': '"Send again" re-reads, finds the change applied: saved, no second PATCH',
  },
};

/** The behaviour a row asserts, in words: the matrix report prints it beside the result. */
export function expectedBehaviour(row: MatrixRow): string {
  const { expect } = row;
  const method = REQUEST_NAMES[row.place];
  const requests = `${expect.sent} ${method}${expect.sent === 1 ? '' : method === 'PATCH' ? 'es' : 's'}`;
  if (expect.outcome === 'recovers') {
    const shown = expect.indicator ? `, shows "${expect.indicator}"` : '';
    const busy = expect.showsBusy ? ', shows it is busy' : '';
    return `recovers by itself after ${requests}${shown}${busy}`;
  }
  const ids = expect.requestId ? 'with request-id' : 'no request-id (Graph sent none)';
  const intact = row.place === 'save' ? '; form values intact' : '';
  return `"${expect.message}" ${ids} after ${requests}${intact}; ${RECOVERIES[row.place][expect.recovery]}`;
}
