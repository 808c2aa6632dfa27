import * as z from '@/config/zod';

import type { RequestPurpose } from './request-purpose';

/** What an admin needs to open a support case: Graph's ids for one request, and when it happened. */
export type GraphRequestIds = {
  requestId: string | null;
  clientRequestId: string | null;
  date: string | null;
};

/**
 * Which request failed: the method and the Graph path (no host, no query), for messages and diagnostics,
 * and what the caller sent it for, when it said.
 */
export type GraphRequestInfo = { method: string; path: string; purpose?: RequestPurpose };

// The OData error envelope, shaped after microsoft.graph.ODataErrors.ODataError (graph-contract/odata-error.openapi.yaml).
const innerErrorSchema = z.looseObject({
  'request-id': z.optional(z.string()),
  'client-request-id': z.optional(z.string()),
  date: z.optional(z.string()),
});

export const odataErrorSchema = z.object({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
    target: z.nullish(z.string()),
    details: z.optional(
      z.array(z.object({ code: z.string(), message: z.string(), target: z.nullish(z.string()) })),
    ),
    innerError: z.optional(innerErrorSchema),
  }),
});

type GraphErrorInit = GraphRequestIds & {
  status: number;
  code: string;
  message: string;
  target?: string | null;
  retryAfterMs?: number | null;
  request?: GraphRequestInfo | null;
};

/** Graph answered, with a non-2xx status. */
export class GraphError extends Error {
  override readonly name = 'GraphError';
  readonly status: number;
  readonly code: string;
  readonly target: string | null;
  readonly requestId: string | null;
  readonly clientRequestId: string | null;
  readonly date: string | null;
  readonly retryAfterMs: number | null;
  readonly request: GraphRequestInfo | null;

  constructor(init: GraphErrorInit) {
    super(init.message);
    this.request = init.request ?? null;
    this.status = init.status;
    this.code = init.code;
    this.target = init.target ?? null;
    this.requestId = init.requestId;
    this.clientRequestId = init.clientRequestId;
    this.date = init.date;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }
}

/** Graph answered 2xx (or an error status) with a body that is not what the contract promises. */
export class UnexpectedResponseError extends Error {
  override readonly name = 'UnexpectedResponseError';
  readonly status: number;
  readonly detail: string;
  readonly requestId: string | null;
  readonly clientRequestId: string | null;
  readonly date: string | null;
  readonly request: GraphRequestInfo | null;

  constructor(
    init: GraphRequestIds & { status: number; detail: string; request?: GraphRequestInfo | null },
  ) {
    super('Graph returned an unexpected response.');
    this.request = init.request ?? null;
    this.status = init.status;
    this.detail = init.detail;
    this.requestId = init.requestId;
    this.clientRequestId = init.clientRequestId;
    this.date = init.date;
  }
}

type NetworkErrorInit = {
  clientRequestId: string;
  cause: unknown;
  request?: GraphRequestInfo | null;
  /** The answer had not begun within the client's timeout, so the client gave up on it. */
  timedOut?: boolean;
};

/** The request never got an answer: offline, DNS, CORS, a dropped connection, or no answer in time. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  readonly clientRequestId: string;
  readonly request: GraphRequestInfo | null;
  readonly timedOut: boolean;

  constructor({ clientRequestId, cause, request = null, timedOut = false }: NetworkErrorInit) {
    super(
      timedOut
        ? 'Microsoft Graph did not answer in time. Check your network connection.'
        : 'Could not reach Microsoft Graph. Check your network connection.',
      { cause },
    );
    this.clientRequestId = clientRequestId;
    this.request = request;
    this.timedOut = timedOut;
  }
}

export type GraphFailure = GraphError | UnexpectedResponseError | NetworkError;

export function isGraphFailure(error: unknown): error is GraphFailure {
  return (
    error instanceof GraphError ||
    error instanceof UnexpectedResponseError ||
    error instanceof NetworkError
  );
}

/**
 * Intune often wraps its real message as JSON inside `error.message`, e.g.
 * `{"_version": 3, "Message": "An error has occurred - Operation ID ...", ...}`.
 * https://learn.microsoft.com/graph/errors
 */
export function unwrapIntuneMessage(message: string): string {
  const trimmed = message.trim();
  if (!trimmed.startsWith('{')) return message;
  try {
    const inner: unknown = JSON.parse(trimmed);
    if (
      inner &&
      typeof inner === 'object' &&
      'Message' in inner &&
      typeof inner.Message === 'string'
    ) {
      return inner.Message;
    }
  } catch {
    // Not JSON after all: show it as Graph sent it.
  }
  return message;
}
