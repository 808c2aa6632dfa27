import {
  GraphError,
  NetworkError,
  UnexpectedResponseError,
  type GraphRequestIds,
  type GraphRequestInfo,
} from './graph-error';

export type ErrorDescription = GraphRequestIds & {
  title: string;
  detail: string | null;
  code: string | null;
  status: number | null;
};

/** The description plus what the user can do about it, for the error alert. */
export type ErrorExplanation = ErrorDescription & {
  /** What to do next, when there is something specific to say. */
  hint: string | null;
  /** Trying the same thing again may work: throttling, 5xx, the network, a garbled answer. */
  retryable: boolean;
  /** The user must sign in again before anything else works. */
  needsSignIn: boolean;
  request: GraphRequestInfo | null;
};

const NO_IDS: GraphRequestIds = { requestId: null, clientRequestId: null, date: null };
const CONNECTOR_PATH = /^\/deviceManagement\/ndesConnectors\/[^/]+$/i;
const SCOPE_TAGS_PATH = /^\/deviceManagement\/roleScopeTags\b/i;
const MAYBE_APPLIED =
  'The change may or may not have been applied. Sending it again checks the connector first, so it is never applied twice.';

/** What a refused request was trying to do, in words; a write is a change to the connector. */
function permissionSubject(request: GraphRequestInfo | null): string {
  if (request && request.method !== 'GET') return 'change this connector';
  return `read ${readTarget(request)}`;
}

/** What a read was for: the scope tag lookup, or the connectors themselves. */
const readTarget = (request: GraphRequestInfo | null) =>
  SCOPE_TAGS_PATH.test(request?.path ?? '') ? 'scope tags' : 'connectors';

function titleForStatus(error: GraphError): string {
  if (error.code === 'ApprovalRequired') {
    return 'Intune Multi Admin Approval requires an approved request for this change.';
  }
  switch (error.status) {
    case 400:
      return 'Graph rejected the request.';
    case 401:
      return 'Your sign-in has expired. Sign in again.';
    case 403:
      return `You do not have permission to ${permissionSubject(error.request)}.`;
    case 404:
      return error.request && !CONNECTOR_PATH.test(error.request.path)
        ? `Graph could not find ${error.request.path}.`
        : 'This connector no longer exists in the tenant.';
    case 409:
    case 412:
      return 'Someone else changed this connector. Reload it and try again.';
    case 429:
      return 'Graph is throttling requests. Wait a moment and try again.';
    default:
      return error.status >= 500
        ? 'Microsoft Graph had a problem answering. Try again.'
        : `Graph answered HTTP ${error.status}.`;
  }
}

/** A message an admin can act on, plus the ids support needs, for any error the app can meet. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof GraphError) {
    return {
      title: titleForStatus(error),
      detail: error.message,
      code: error.code,
      status: error.status,
      requestId: error.requestId,
      clientRequestId: error.clientRequestId,
      date: error.date,
    };
  }
  if (error instanceof UnexpectedResponseError) {
    return {
      title: error.message,
      detail: error.detail,
      code: null,
      status: error.status,
      requestId: error.requestId,
      clientRequestId: error.clientRequestId,
      date: error.date,
    };
  }
  if (error instanceof NetworkError) {
    return {
      title: error.message,
      detail: null,
      code: null,
      status: null,
      ...NO_IDS,
      clientRequestId: error.clientRequestId,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { title: 'Something went wrong.', detail: message, code: null, status: null, ...NO_IDS };
}

const seconds = (ms: number) => {
  const value = Math.max(1, Math.ceil(ms / 1000));
  return `${value} second${value === 1 ? '' : 's'}`;
};

function hintForStatus(error: GraphError, write: boolean): string | null {
  if (error.code === 'ApprovalRequired') {
    return 'Submit the change as a request in the Intune admin center (Tenant administration › Multi Admin Approval); it is applied once a second administrator approves it.';
  }
  switch (error.status) {
    case 400:
      return error.target ? `Graph named the property ${error.target}.` : null;
    case 403: {
      if (write) {
        return 'Graph refused the change: your account needs an Intune role that can update connectors (for example Intune Administrator).';
      }
      return `Reading ${readTarget(error.request)} needs DeviceManagementConfiguration.Read.All (or ReadWrite.All) and an Intune role that can read them.`;
    }
    case 404:
      return CONNECTOR_PATH.test(error.request?.path ?? '/deviceManagement/ndesConnectors/x')
        ? 'It may have been deleted or unenrolled. Go back to the list of connectors.'
        : null;
    case 409:
    case 412:
      return 'This is a conflict: load the latest version, then make your change again.';
    case 429:
      return error.retryAfterMs === null
        ? null
        : `Graph asked to wait ${seconds(error.retryAfterMs)} before trying again.`;
    default:
      // 503 means Graph did not process the request; 500, 502 and 504 leave a write in doubt.
      return error.status >= 500 && error.status !== 503 && write ? MAYBE_APPLIED : null;
  }
}

function requestOf(error: unknown): GraphRequestInfo | null {
  const isFailure =
    error instanceof GraphError ||
    error instanceof UnexpectedResponseError ||
    error instanceof NetworkError;
  return isFailure ? error.request : null;
}

/** `describeError` plus the next step: a hint, whether retrying can help, whether to sign in again. */
export function explainError(error: unknown): ErrorExplanation {
  const description = describeError(error);
  const request = requestOf(error);
  const write = request !== null && request.method !== 'GET';
  const base = { ...description, request, hint: null, retryable: false, needsSignIn: false };
  if (error instanceof GraphError) {
    return {
      ...base,
      hint: hintForStatus(error, write),
      retryable: error.status === 429 || error.status >= 500,
      needsSignIn: error.status === 401,
    };
  }
  if (error instanceof UnexpectedResponseError) {
    return {
      ...base,
      retryable: true,
      hint: write
        ? MAYBE_APPLIED
        : 'If it keeps happening, something between you and Graph (a proxy or a sign-in page) may be answering instead.',
    };
  }
  if (error instanceof NetworkError) {
    return {
      ...base,
      retryable: true,
      hint: write
        ? 'The change may not have been saved. Sending it again checks the connector first and sends the change only if Graph does not hold it yet.'
        : null,
    };
  }
  return base;
}

/** Everything support needs about one failure, as text to paste into a ticket. */
export function diagnosticsText(explanation: ErrorExplanation, at: Date = new Date()): string {
  const { title, hint, detail, code, status, request, requestId, clientRequestId, date } =
    explanation;
  const fields = { title, hint, detail, code, status, request, requestId, clientRequestId, date };
  return JSON.stringify({ ...fields, at: at.toISOString() }, null, 2);
}
