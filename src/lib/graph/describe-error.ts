import {
  GraphError,
  NetworkError,
  UnexpectedResponseError,
  type GraphRequestIds,
} from './graph-error';

export type ErrorDescription = GraphRequestIds & {
  title: string;
  detail: string | null;
  code: string | null;
  status: number | null;
};

const NO_IDS: GraphRequestIds = { requestId: null, clientRequestId: null, date: null };

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
      return 'You do not have permission: this needs DeviceManagementConfiguration.ReadWrite.All and an Intune role that can manage connectors.';
    case 404:
      return 'This connector no longer exists in the tenant.';
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
