import {
  GraphError,
  odataErrorSchema,
  unwrapIntuneMessage,
  type GraphRequestIds,
  type GraphRequestInfo,
} from './graph-error';
import { parseRetryAfter } from './retry';

/** The answer being read, with the client-request-id that was sent, for when Graph does not echo it. */
export type AnswerContext = {
  response: Response;
  sentClientRequestId: string;
  request: GraphRequestInfo;
};

export function readIds(response: Response): GraphRequestIds {
  return {
    requestId: response.headers.get('request-id'),
    clientRequestId: response.headers.get('client-request-id'),
    date: response.headers.get('date'),
  };
}

/** A non-2xx answer as a GraphError, from the OData error envelope when Graph sent one. */
export async function toGraphError({
  response,
  sentClientRequestId,
  request,
}: AnswerContext): Promise<GraphError> {
  const ids = readIds(response);
  const text = await response.text().catch(() => '');
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // Handled below: an error body that is not JSON still has a status worth reporting.
  }
  const envelope = odataErrorSchema.safeParse(json);
  if (!envelope.success) {
    return new GraphError({
      status: response.status,
      code: 'UnknownError',
      message: `Graph answered HTTP ${response.status} without a Graph error description.`,
      ...ids,
      clientRequestId: ids.clientRequestId ?? sentClientRequestId,
      retryAfterMs,
      request,
    });
  }
  const { error } = envelope.data;
  return new GraphError({
    status: response.status,
    code: error.code,
    message: unwrapIntuneMessage(error.message),
    target: error.target ?? error.details?.find((detail) => detail.target)?.target ?? null,
    requestId: ids.requestId ?? error.innerError?.['request-id'] ?? null,
    clientRequestId:
      ids.clientRequestId ?? error.innerError?.['client-request-id'] ?? sentClientRequestId,
    date: ids.date ?? error.innerError?.date ?? null,
    retryAfterMs,
    request,
  });
}
