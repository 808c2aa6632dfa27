import { delay, getResponse, http, HttpResponse, type RequestHandler } from 'msw';

import type { ArmedFault } from '@/features/demo/model/faults';
import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';

import { faultResponse } from '../faults/fault-responses';
import type { FaultStore } from '../faults/fault-store';
import { graphPath } from '../faults/path-pattern';
import { GRAPH_BETA } from '../graph/graph-base';
import { graphErrorResponse, graphJson } from '../graph/graph-response';
import { requestTenantId } from '../graph/request-tenant';

import { shuffled, toInnerRequest, toInnerResponse, type BatchInnerResponse } from './batch-inner';
import { readBatchPayload, type BatchInnerRequest } from './batch-payload';

type Planned = { inner: BatchInnerRequest; request: Request; fault: ArmedFault | null };

/**
 * `POST /$batch` (JSON batching): each inner request goes to the same tenant handlers as a direct
 * call, and the answers come back in shuffled order. Faults armed with `scope: 'batch'` strike
 * chosen inner requests; a lost answer there loses the whole batch call's answer.
 */
export function batchHandler(faults: FaultStore, tenantHandlers: RequestHandler[]) {
  const answer = (request: Request) => getResponse(tenantHandlers, request);

  const answerInner = async ({ request, fault }: Planned): Promise<Response> => {
    if (fault?.latencyMs) await delay(fault.latencyMs);
    const response = fault ? await faultResponse(fault, request, answer) : await answer(request);
    if (response && response.type !== 'error') return response;
    return graphErrorResponse(request, {
      status: 400,
      code: 'BadRequest',
      message: `Resource not found for the segment '${graphPath(new URL(request.url))}'.`,
    });
  };

  return http.post(`${GRAPH_BETA}/$batch`, async ({ request }) => {
    const payload = readBatchPayload(await request.text());
    if ('error' in payload) {
      return graphErrorResponse(request, {
        status: 400,
        code: 'BadRequest',
        message: payload.error,
      });
    }
    const batchUrl = new URL(request.url);
    const tenantId = requestTenantId(request) ?? DEMO_ACCOUNT.tenantId;
    const planned: Planned[] = payload.requests.map((inner, index) => {
      const innerRequest = toInnerRequest(batchUrl, inner);
      const path = graphPath(new URL(innerRequest.url));
      const fault = faults.take(inner.method, path, { inner: { position: index + 1 }, tenantId });
      return { inner, request: innerRequest, fault };
    });
    const lost = planned.map(({ fault }) => fault?.kind);
    if (lost.includes('network-error')) return HttpResponse.error();

    const responses: BatchInnerResponse[] = [];
    for (const entry of shuffled(planned)) {
      const fault = entry.fault?.kind === 'dropped-response' ? null : entry.fault;
      const response = await answerInner({ ...entry, fault });
      responses.push(await toInnerResponse(entry.inner, entry.request, response));
    }
    if (lost.includes('dropped-response')) return HttpResponse.error();
    return graphJson(request, { responses });
  });
}
