import type { BatchInnerRequest } from './batch-payload';

/** One entry of a batch answer's `responses`, as Graph writes it. */
export type BatchInnerResponse = {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
};

// Graph's spelling of the headers an inner response carries; the outer answer keeps the rest.
const INNER_HEADERS: Record<string, string> = {
  'request-id': 'request-id',
  'client-request-id': 'client-request-id',
  date: 'Date',
  'content-type': 'Content-Type',
  'retry-after': 'Retry-After',
};

/** The request the batch's inner entry stands for, at Graph's full URL beside the `$batch` one. */
export function toInnerRequest(batchUrl: URL, inner: BatchInnerRequest): Request {
  const base = batchUrl.pathname.replace(/\/\$batch$/i, '');
  const url = new URL(`${base}/${inner.url.replace(/^\//, '')}`, batchUrl.origin);
  const body =
    inner.body === undefined
      ? undefined
      : typeof inner.body === 'string'
        ? inner.body
        : JSON.stringify(inner.body);
  return new Request(url, { method: inner.method, headers: inner.headers, body });
}

/** A direct endpoint's answer, folded into an inner response with its own headers. */
export async function toInnerResponse(
  inner: BatchInnerRequest,
  sent: Request,
  response: Response,
): Promise<BatchInnerResponse> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    const spelled = INNER_HEADERS[name.toLowerCase()];
    if (spelled) headers[spelled] = value;
  });
  // Graph echoes client-request-id only when the caller sent one.
  if (!sent.headers.has('client-request-id')) delete headers['client-request-id'];
  const text = await response.text();
  if (text === '') {
    delete headers['Content-Type'];
    return { id: inner.id, status: response.status, headers };
  }
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (an HTML page, a truncated body): the inner body carries the text as it came.
  }
  return { id: inner.id, status: response.status, headers, body };
}

/** The order Graph answers in: any. Never the order sent, so a client that relies on it fails. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  const unchanged = result.every((item, index) => item === items[index]);
  return unchanged && result.length > 1 ? [...result.slice(1), result[0] as T] : result;
}
