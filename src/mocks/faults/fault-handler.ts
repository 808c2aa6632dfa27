import { delay, getResponse, http, type RequestHandler } from 'msw';

import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';

import { GRAPH_BETA } from '../graph/graph-base';
import { requestTenantId } from '../graph/request-tenant';

import { faultResponse } from './fault-responses';
import type { FaultStore } from './fault-store';
import { graphPath } from './path-pattern';

/**
 * Sits in front of the mock Graph: logs every request, and answers it with an armed fault when one
 * matches; otherwise the mock Graph's own handlers answer.
 */
export function faultHandler(
  faults: FaultStore,
  graphHandlers: RequestHandler[],
  comeBack: (tenantId: string, connectorId: string) => void = () => undefined,
) {
  const answer = (request: Request) => getResponse(graphHandlers, request);
  return http.all(`${GRAPH_BETA}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const path = graphPath(url);
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const seq = faults.logRequest({
      method: request.method,
      path,
      query: decodeURIComponent(url.search),
      body: hasBody ? await request.clone().text() : null,
    });
    const tenantId = requestTenantId(request) ?? DEMO_ACCOUNT.tenantId;
    const fault = faults.take(request.method, path, { tenantId });
    if (fault?.latencyMs) await delay(fault.latencyMs);
    if (fault?.kind === 'comes-back' && fault.target) comeBack(tenantId, fault.target);
    const response = fault ? await faultResponse(fault, request, answer) : await answer(request);
    const answered = response && response.type !== 'error';
    faults.settleRequest(seq, {
      status: answered ? response.status : null,
      requestId: answered ? response.headers.get('request-id') : null,
      faultId: fault?.id ?? null,
    });
    return response;
  });
}
