import type { z } from 'zod';

import {
  GraphError,
  NetworkError,
  odataErrorSchema,
  UnexpectedResponseError,
  unwrapIntuneMessage,
  type GraphRequestIds,
  type GraphRequestInfo,
} from './graph-error';
import {
  backoffDelay,
  defaultRetryPolicy,
  isRetryableStatus,
  parseRetryAfter,
  sleep,
  type RetryPolicy,
} from './retry';
import { trackRetryStatus } from './retry-status';

export type GraphClientConfig = {
  /** e.g. https://graph.microsoft.com/beta */
  baseUrl: string;
  getAccessToken: (request?: { claims?: string }) => Promise<string>;
  retryPolicy?: RetryPolicy;
  onRetry?: (info: { attempt: number; delayMs: number; status: number | null }) => void;
};

let clientConfig: GraphClientConfig | null = null;

export function configureGraphClient(config: GraphClientConfig) {
  clientConfig = config;
}

type HttpMethod = 'GET' | 'PATCH' | 'DELETE' | 'POST';

export type GraphRequestOptions<T> = {
  method?: HttpMethod;
  body?: unknown;
  signal?: AbortSignal;
  /** Set by a caller that showed the id before sending (the save review); otherwise a fresh GUID. */
  clientRequestId?: string;
  schema?: z.ZodType<T>;
};

export type GraphResult<T> = GraphRequestIds & {
  status: number;
  /** undefined when Graph answered without a body, as Intune's 204 to a PATCH does. */
  data: T | undefined;
};

/** The configured Graph base URL, e.g. https://graph.microsoft.us/beta for US Government. */
export function getGraphBaseUrl(): string {
  return requireConfig().baseUrl;
}

function requireConfig(): GraphClientConfig {
  if (!clientConfig) throw new Error('The Graph client is used before configureGraphClient() ran.');
  return clientConfig;
}

/** Resolves a path or an @odata.nextLink, refusing any URL that would carry the token off the Graph host. */
export function resolveGraphUrl(pathOrUrl: string, baseUrl: string): string {
  if (pathOrUrl.startsWith('/')) return `${baseUrl}${pathOrUrl}`;
  const url = new URL(pathOrUrl);
  if (url.origin !== new URL(baseUrl).origin) {
    throw new Error(`Refusing to send a Graph request to ${url.origin}.`);
  }
  return url.toString();
}

/** The path below the version segment, e.g. `/deviceManagement/ndesConnectors/42`. */
function requestInfo(method: string, url: string, baseUrl: string): GraphRequestInfo {
  const base = new URL(baseUrl).pathname.replace(/\/$/, '');
  const { pathname } = new URL(url);
  return { method, path: pathname.startsWith(base) ? pathname.slice(base.length) : pathname };
}

function readIds(response: Response): GraphRequestIds {
  return {
    requestId: response.headers.get('request-id'),
    clientRequestId: response.headers.get('client-request-id'),
    date: response.headers.get('date'),
  };
}

async function toGraphError(
  response: Response,
  sentClientRequestId: string,
  request: GraphRequestInfo,
): Promise<GraphError> {
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

async function parseBody<T>(
  response: Response,
  schema: z.ZodType<T> | undefined,
  sentClientRequestId: string,
  request: GraphRequestInfo,
): Promise<T | undefined> {
  const received = readIds(response);
  const ids = { ...received, clientRequestId: received.clientRequestId ?? sentClientRequestId };
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    // The connection dropped while the body was arriving.
    throw new NetworkError(sentClientRequestId, cause, request);
  }
  if (text.trim() === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const preview = text.length > 120 ? `${text.slice(0, 120)}…` : text;
    throw new UnexpectedResponseError({
      status: response.status,
      detail: `The body is not valid JSON: ${preview}`,
      ...ids,
      request,
    });
  }
  if (!schema) return undefined;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
      .join('; ');
    throw new UnexpectedResponseError({
      status: response.status,
      detail: `The body does not match the Graph contract: ${issues}`,
      ...ids,
      request,
    });
  }
  return parsed.data;
}

/**
 * The claims challenge in a 401's WWW-Authenticate header, decoded, or null.
 * https://learn.microsoft.com/entra/identity-platform/claims-challenge
 */
export function readClaimsChallenge(response: Response): string | null {
  const header = response.headers.get('www-authenticate') ?? '';
  const encoded = /claims="([^"]+)"/.exec(header)?.[1];
  if (!encoded) return null;
  try {
    return atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

async function sendOnce(
  url: string,
  method: HttpMethod,
  body: unknown,
  signal: AbortSignal | undefined,
  config: GraphClientConfig,
  claims: string | null,
  clientRequestId: string,
  request: GraphRequestInfo,
): Promise<{ response: Response; clientRequestId: string }> {
  const token = await config.getAccessToken(claims ? { claims } : undefined);
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    Accept: 'application/json',
    'client-request-id': clientRequestId,
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
    return { response, clientRequestId };
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new NetworkError(clientRequestId, cause, request);
  }
}

/**
 * The one place that talks to Graph: token, headers, retries, error envelope and response schema.
 * Retries 429/503/504 on reads and network failures on reads; writes only on 429/503 (not processed).
 */
export async function graphRequest<T>(
  pathOrUrl: string,
  {
    method = 'GET',
    body,
    signal,
    schema,
    clientRequestId: requestedClientRequestId,
  }: GraphRequestOptions<T> = {},
): Promise<GraphResult<T>> {
  const config = requireConfig();
  const policy = config.retryPolicy ?? defaultRetryPolicy;
  const url = resolveGraphUrl(pathOrUrl, config.baseUrl);
  const request = requestInfo(method, url, config.baseUrl);
  let waitedMs = 0;
  let claims: string | null = null;
  const retryStatus = trackRetryStatus();

  try {
    for (let attempt = 1; ; attempt += 1) {
      let failure: GraphError | NetworkError;
      try {
        const { response, clientRequestId } = await sendOnce(
          url,
          method,
          body,
          signal,
          config,
          claims,
          requestedClientRequestId ?? crypto.randomUUID(),
          request,
        );
        const challenge: string | null =
          response.status === 401 && claims === null ? readClaimsChallenge(response) : null;
        if (challenge) {
          // One retry with a token that satisfies the challenge; Graph rejected this request unprocessed.
          claims = challenge;
          attempt -= 1;
          continue;
        }
        if (response.ok) {
          const data = await parseBody(response, schema, clientRequestId, request);
          return { status: response.status, data, ...readIds(response) };
        }
        failure = await toGraphError(response, clientRequestId, request);
        if (!isRetryableStatus(method, failure.status)) throw failure;
      } catch (error) {
        // A write that got no answer may have been applied: only the user may send it again.
        if (!(error instanceof NetworkError) || method !== 'GET') throw error;
        failure = error;
      }

      const status = failure instanceof GraphError ? failure.status : null;
      const delayMs =
        (failure instanceof GraphError ? failure.retryAfterMs : null) ??
        backoffDelay(attempt - 1, policy);
      if (attempt >= policy.maxAttempts || waitedMs + delayMs > policy.maxTotalWaitMs) {
        throw failure;
      }
      config.onRetry?.({ attempt, delayMs, status });
      retryStatus.show({
        method,
        nextAttempt: attempt + 1,
        maxAttempts: policy.maxAttempts,
        delayMs,
        reason: status === null ? 'network' : `HTTP ${status}`,
      });
      await sleep(delayMs, signal);
      waitedMs += delayMs;
    }
  } finally {
    retryStatus.end();
  }
}

/** A request whose answer must carry a body that matches `schema`. */
export async function graphFetch<T>(
  pathOrUrl: string,
  options: GraphRequestOptions<T> & { schema: z.ZodType<T> },
): Promise<T> {
  const result = await graphRequest(pathOrUrl, options);
  if (result.data === undefined) {
    throw new UnexpectedResponseError({
      status: result.status,
      detail: 'Graph answered without a body where one was expected.',
      requestId: result.requestId,
      clientRequestId: result.clientRequestId,
      date: result.date,
      request: requestInfo(
        options.method ?? 'GET',
        resolveGraphUrl(pathOrUrl, requireConfig().baseUrl),
        requireConfig().baseUrl,
      ),
    });
  }
  return result.data;
}
