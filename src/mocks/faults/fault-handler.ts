import { delay, getResponse, http, type RequestHandler } from 'msw';

import type { MockDb } from '../db';
import { GRAPH_BETA } from '../handlers/graph-base';

import { faultResponse } from './fault-responses';
import { graphPath } from './path-pattern';

/**
 * Sits in front of the mock Graph: logs every request, and answers it with an armed fault when one
 * matches; otherwise the mock Graph's own handlers answer.
 */
export function faultHandler(db: MockDb, graphHandlers: RequestHandler[]) {
  const answer = (request: Request) => getResponse(graphHandlers, request);
  return http.all(`${GRAPH_BETA}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const path = graphPath(url);
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const seq = db.faults.logRequest({
      method: request.method,
      path,
      query: decodeURIComponent(url.search),
      body: hasBody ? await request.clone().text() : null,
    });
    const fault = db.faults.take(request.method, path);
    if (fault?.latencyMs) await delay(fault.latencyMs);
    const response = fault ? await faultResponse(fault, request, answer) : await answer(request);
    const answered = response && response.type !== 'error';
    db.faults.settleRequest(seq, {
      status: answered ? response.status : null,
      requestId: answered ? response.headers.get('request-id') : null,
      faultId: fault?.id ?? null,
    });
    return response;
  });
}
