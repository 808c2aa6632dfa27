import { delay, HttpResponse } from 'msw';

import { FAULT_KINDS, type ArmedFault, type FaultKind } from '@/features/demo/model/faults';

import { graphErrorResponse, graphNoContent, intuneMessage } from '../graph/graph-response';

type Answer = (request: Request) => Promise<Response | undefined>;
type StatusKind = {
  [K in FaultKind]: (typeof FAULT_KINDS)[K]['status'] extends number ? K : never;
}[FaultKind];

// What Graph and Intune say for each status; the Intune ones wrap a JSON document in `message`.
const MESSAGES: Record<StatusKind, (request: Request, target?: string) => string> = {
  'http-400': (_request, target) =>
    target ? `The value of the property '${target}' is not valid.` : 'The request is not valid.',
  'http-401': () => 'Access token has expired or is not yet valid.',
  'http-403': (request) =>
    intuneMessage(
      request,
      'Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementConfiguration.ReadWrite.All',
    ),
  'http-403-approval': () =>
    'This change needs approval: submit it as a Multi Admin Approval request for a second administrator to approve.',
  'http-404': (request) =>
    intuneMessage(request, 'No ndesConnector with that id exists in this tenant.'),
  'http-409': () => 'The object was changed by another request. Read it again and retry.',
  'http-412': () => 'The object was changed since it was read (precondition failed).',
  'http-429': () => 'Too many requests. Retry after the time in the Retry-After header.',
  'http-500': (request) => intuneMessage(request, 'An internal server error has occurred'),
  'http-502': () => 'The gateway did not get a valid answer from the service.',
  'http-503': () => 'The service is temporarily unavailable. Retry later.',
  'http-504': () => 'The service did not answer in time.',
};

const isStatusKind = (kind: FaultKind): kind is StatusKind => FAULT_KINDS[kind].status !== null;

function retryAfterHeader(fault: ArmedFault): Record<string, string> {
  if (!fault.retryAfter) return {};
  const { seconds, format } = fault.retryAfter;
  return {
    'Retry-After':
      format === 'seconds' ? String(seconds) : new Date(Date.now() + seconds * 1000).toUTCString(),
  };
}

// A proxy or captive portal answers, not Graph: so no request-id either.
const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in to continue</title></head><body><h1>Sign in to continue</h1><p>Your network requires you to sign in before you can reach this site.</p></body></html>';

/** The body Graph would have sent; for a write answered 204, the entity as a read returns it. */
async function realJson(
  request: Request,
  answer: Answer,
): Promise<{ json: unknown; headers: Headers }> {
  let response = await answer(request);
  let text = (await response?.text()) ?? '';
  if (text.trim() === '') {
    response = await answer(new Request(request.url, { headers: request.headers }));
    text = (await response?.text()) ?? 'null';
  }
  const headers = new Headers(response?.headers);
  headers.delete('content-length');
  return { json: JSON.parse(text), headers };
}

function breakSchema(json: unknown, kind: 'wrong-type' | 'missing-value'): unknown {
  if (typeof json !== 'object' || json === null) return json;
  const body = json as Record<string, unknown>;
  if (kind === 'missing-value') {
    const { value, id, ...rest } = body;
    return 'value' in body ? { ...rest, id } : { ...rest, value };
  }
  // A collection's envelope breaks, not one item: the list reads items one by one, so one odd item
  // is an unreadable row (see the odd-data specs), while a `value` that is no array fails the page.
  if (!Array.isArray(body.value)) return { ...body, displayName: 42 };
  return { ...body, value: Object.fromEntries(body.value.map((item, index) => [index, item])) };
}

/**
 * Intune may accept a write to a property it manages itself and keep the old value: a 204 for a PATCH
 * of which only the properties other than `ignored` (none when it is not set) are applied.
 */
async function acceptButIgnore(request: Request, answer: Answer, ignored: string | undefined) {
  const body: unknown = await request.clone().json();
  if (ignored && typeof body === 'object' && body !== null) {
    const applied = Object.fromEntries(Object.entries(body).filter(([key]) => key !== ignored));
    await answer(
      new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body: JSON.stringify(applied),
      }),
    );
  }
  return graphNoContent(request);
}

/** The answer an armed fault gives instead of (or after) the mock Graph's own. */
export async function faultResponse(
  fault: ArmedFault,
  request: Request,
  answer: Answer,
): Promise<Response | undefined> {
  const { kind } = fault;
  if (isStatusKind(kind)) {
    const { status, code } = FAULT_KINDS[kind];
    return graphErrorResponse(request, {
      status,
      code: fault.code ?? code,
      message: fault.message ?? MESSAGES[kind](request, fault.target),
      target: fault.target,
      headers: retryAfterHeader(fault),
    });
  }
  switch (kind) {
    case 'latency':
      return answer(request);
    case 'network-error':
      return HttpResponse.error();
    case 'stall':
      await delay('infinite');
      return undefined;
    case 'accept-ignore':
      return acceptButIgnore(request, answer, fault.target);
    case 'dropped-response':
      await answer(request);
      return HttpResponse.error();
    case 'html-body':
      return new HttpResponse(HTML_PAGE, {
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      });
    case 'truncated-json': {
      const { json, headers } = await realJson(request, answer);
      const text = JSON.stringify(json);
      return new HttpResponse(text.slice(0, Math.floor(text.length / 2)), { headers });
    }
    case 'wrong-type':
    case 'missing-value': {
      const { json, headers } = await realJson(request, answer);
      return new HttpResponse(JSON.stringify(breakSchema(json, kind)), { headers });
    }
  }
}
