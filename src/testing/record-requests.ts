import { onTestFinished } from 'vitest';

import { server } from '@/mocks/node';

export type SentRequest = {
  method: string;
  url: URL;
  headers: Headers;
  /** The body exactly as sent; '' for a request without one. */
  body: Promise<string>;
};

export type ReceivedResponse = { method: string; url: URL; status: number; headers: Headers };

/**
 * Records every request the app sends to the mock Graph (and every answer it gets) for the rest of
 * the test, seen from msw's side: what went over the wire, not what the app meant to send.
 */
export function recordGraphTraffic() {
  const requests: SentRequest[] = [];
  const responses: ReceivedResponse[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    requests.push({
      method: request.method,
      url: new URL(request.url),
      headers: new Headers(request.headers),
      body: request.clone().text(),
    });
  };
  const onResponse = ({ request, response }: { request: Request; response: Response }) => {
    responses.push({
      method: request.method,
      url: new URL(request.url),
      status: response.status,
      headers: new Headers(response.headers),
    });
  };
  server.events.on('request:start', onRequest);
  server.events.on('response:mocked', onResponse);
  onTestFinished(() => {
    server.events.removeListener('request:start', onRequest);
    server.events.removeListener('response:mocked', onResponse);
  });
  return {
    requests,
    responses,
    /** The requests with this method, e.g. `sent('PATCH')`. */
    sent: (method: string) => requests.filter((request) => request.method === method),
    answered: (method: string) => responses.filter((response) => response.method === method),
  };
}
