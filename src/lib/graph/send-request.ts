import { NetworkError, type GraphRequestInfo } from './graph-error';

export type HttpMethod = 'GET' | 'PATCH' | 'DELETE' | 'POST';

export type SendOptions = {
  url: string;
  method: HttpMethod;
  body: unknown;
  token: string;
  clientRequestId: string;
  request: GraphRequestInfo;
  /** The caller's signal: aborting it rejects with its reason, never as a network failure. */
  signal?: AbortSignal;
  /** Aborts the request if no answer has begun by then; the body is then not timed. */
  timeoutMs: number;
};

/** One HTTP exchange with Graph: headers, body, a timeout; a failure to get an answer is a NetworkError. */
export async function sendRequest({
  url,
  method,
  body,
  token,
  clientRequestId,
  request,
  signal,
  timeoutMs,
}: SendOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    Accept: 'application/json',
    'client-request-id': clientRequestId,
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  const controller = new AbortController();
  const abortWithCaller = () => controller.abort(signal?.reason);
  if (signal?.aborted) abortWithCaller();
  // Kept after the answer begins, so that the caller can still abort reading the body.
  else signal?.addEventListener('abort', abortWithCaller, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('Graph did not answer in time.', 'TimeoutError'));
  }, timeoutMs);

  try {
    return await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new NetworkError({ clientRequestId, cause, request, timedOut });
  } finally {
    clearTimeout(timer);
  }
}
