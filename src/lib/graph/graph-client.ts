import type { TenantId } from '@/config/tenants';
import type * as z from '@/config/zod';

import { answeringClaimsChallenge } from './claims-challenge';
import { DEFAULT_TIMEOUT_MS, requestInfo, requireConfig, resolveGraphUrl } from './graph-config';
import { UnexpectedResponseError, type GraphRequestIds } from './graph-error';
import { parseBody } from './parse-body';
import { readIds, toGraphError } from './read-response';
import type { RequestPurpose } from './request-purpose';
import { defaultRetryPolicy } from './retry';
import { withRetries } from './retry-loop';
import { sendRequest, type HttpMethod } from './send-request';
import type { Interactive } from './sign-in-needed';

export {
  configureGraphClient,
  getGraphBaseUrl,
  resolveGraphUrl,
  type GraphClientConfig,
} from './graph-config';

export type GraphRequestOptions<T> = {
  method?: HttpMethod;
  body?: unknown;
  signal?: AbortSignal;
  /** Set by a caller that showed the id before sending (the save review); otherwise a fresh GUID. */
  clientRequestId?: string;
  schema?: z.ZodMiniType<T>;
  /** What the request is for, so that a failure can say so; without it, messages name the path. */
  purpose?: RequestPurpose;
  /** Before an automatic retry (a write's only after 429/503): throwing stops the retries. */
  beforeRetry?: () => Promise<void>;
  /** The tenant whose Graph this is (the sign-in tenant's id too): the token comes from its authority. */
  tenantId: TenantId;
  /** `audit`: the token carries only the audit permission; for auditEvents, nothing else. */
  scope?: 'audit';
  /** `never`: a token that needs the user throws SignInNeededError, nothing is sent and the page stays. */
  interactive?: Interactive;
};

export type GraphResult<T> = GraphRequestIds & {
  status: number;
  /** undefined when Graph answered without a body, as Intune's 204 to a PATCH does. */
  data: T | undefined;
};

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
    clientRequestId,
    purpose,
    beforeRetry,
    tenantId,
    scope,
    interactive,
  }: GraphRequestOptions<T>,
): Promise<GraphResult<T>> {
  const config = requireConfig();
  const url = resolveGraphUrl(pathOrUrl, config.baseUrl);
  const request = requestInfo({ method, url, baseUrl: config.baseUrl, purpose });

  // Outside the attempts: once a claims challenge is answered, retries keep the claims.
  const send = answeringClaimsChallenge(async (claims) => {
    const sentClientRequestId = clientRequestId ?? crypto.randomUUID();
    const response = await sendRequest({
      url,
      method,
      body,
      signal,
      request,
      clientRequestId: sentClientRequestId,
      token: await config.getAccessToken(tokenRequest({ claims, tenantId, scope, interactive })),
      timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    return { response, sentClientRequestId, request };
  });

  const attempt = async (): Promise<GraphResult<T>> => {
    const answer = await send();
    const { response } = answer;
    if (!response.ok) throw await toGraphError(answer);
    const data = await parseBody({ ...answer, schema });
    return { status: response.status, data, ...readIds(response) };
  };

  return withRetries(attempt, {
    request,
    policy: config.retryPolicy ?? defaultRetryPolicy,
    signal,
    onRetry: config.onRetry,
    beforeRetry,
  });
}

function tokenRequest({
  claims,
  tenantId,
  scope,
  interactive,
}: Pick<GraphRequestOptions<unknown>, 'tenantId' | 'scope' | 'interactive'> & {
  claims: string | null;
}) {
  return {
    ...(claims ? { claims } : {}),
    tenantId,
    ...(scope ? { scope } : {}),
    ...(interactive ? { interactive } : {}),
  };
}

/** A request whose answer must carry a body that matches `schema`. */
export async function graphFetch<T>(
  pathOrUrl: string,
  options: GraphRequestOptions<T> & { schema: z.ZodMiniType<T> },
): Promise<T> {
  const result = await graphRequest(pathOrUrl, options);
  if (result.data === undefined) {
    const { baseUrl } = requireConfig();
    throw new UnexpectedResponseError({
      status: result.status,
      detail: 'Graph answered without a body where one was expected.',
      requestId: result.requestId,
      clientRequestId: result.clientRequestId,
      date: result.date,
      request: requestInfo({
        method: options.method ?? 'GET',
        url: resolveGraphUrl(pathOrUrl, baseUrl),
        baseUrl,
        purpose: options.purpose,
      }),
    });
  }
  return result.data;
}
