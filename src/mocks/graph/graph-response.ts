import { HttpResponse, type JsonBodyType } from 'msw';

const ODATA_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** The headers Graph puts on every answer: its own request-id, the caller's client-request-id, and Date. */
export function graphHeaders(request: Request, extra: Record<string, string> = {}): Headers {
  const requestId = crypto.randomUUID();
  return new Headers({
    'request-id': requestId,
    'client-request-id': request.headers.get('client-request-id') ?? requestId,
    Date: new Date().toUTCString(),
    'x-ms-ags-diagnostic': JSON.stringify({ ServerInfo: { DataCenter: 'Mock Graph', Slice: 'E' } }),
    ...extra,
  });
}

export function graphJson(request: Request, body: JsonBodyType, status = 200) {
  return HttpResponse.json(body, {
    status,
    headers: graphHeaders(request, { 'Content-Type': ODATA_JSON }),
  });
}

export function graphNoContent(request: Request) {
  return new HttpResponse(null, { status: 204, headers: graphHeaders(request) });
}

type ErrorInit = {
  status: number;
  code: string;
  message: string;
  target?: string;
  headers?: Record<string, string>;
};

/** Graph's error envelope: { error: { code, message, innerError: { request-id, client-request-id, date } } }. */
export function graphErrorResponse(
  request: Request,
  { status, code, message, target, headers: extra = {} }: ErrorInit,
) {
  const headers = graphHeaders(request, { 'Content-Type': ODATA_JSON, ...extra });
  return HttpResponse.json(
    {
      error: {
        code,
        message,
        ...(target ? { target } : {}),
        innerError: {
          date: new Date().toISOString().slice(0, 19),
          'request-id': headers.get('request-id'),
          'client-request-id': headers.get('client-request-id'),
        },
      },
    },
    { status, headers },
  );
}

/** Intune's way of filling `error.message`: a JSON document whose `Message` carries the text and ids. */
export function intuneMessage(request: Request, text: string): string {
  return JSON.stringify({
    _version: 3,
    Message: `${text} - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: ${crypto.randomUUID()} - Url: ${request.url}`,
    CustomApiErrorPhrase: '',
    RetryAfter: null,
    ErrorSourceService: '',
    HttpHeaders: '{}',
  });
}

/** Intune's 404 wraps a JSON document inside `message`, as the live service does. */
export function intuneNotFound(request: Request, resource: string) {
  return graphErrorResponse(request, {
    status: 404,
    code: 'ResourceNotFound',
    message: intuneMessage(request, `No ${resource} with that id exists in this tenant.`),
  });
}
