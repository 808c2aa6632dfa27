import type { BrowserContext, Request, Route } from '@playwright/test';
import { getResponse } from 'msw';

import { graphHandlers } from '../../../src/mocks/handlers';
import { createMockDb, memoryStore } from '../../../src/mocks/tenant/db';

import { TENANT_ID } from './fake-entra';
import { jwtClaims } from './jwt';

export type GraphCall = {
  method: string;
  url: string;
  authorization: string | null;
  /** The `tid` claim of the bearer token: the tenant Graph answers for. */
  tenantId: string | null;
  body: string | null;
};

type CannedResponse = { status: number; body: unknown; headers?: Record<string, string> };

// Graph's CORS answer exposes its ids so a browser app can read them.
const EXPOSED = 'request-id, client-request-id, Date, Retry-After, WWW-Authenticate, Location';

function cors(request: Request) {
  return {
    'Access-Control-Allow-Origin': request.headers()['origin'] ?? '*',
    'Access-Control-Allow-Methods': 'GET, PATCH, DELETE, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, client-request-id',
    'Access-Control-Expose-Headers': EXPOSED,
  };
}

/** The project's one mock Graph, answering a Graph host for a signed-in (production) build. */
export class GraphRoute {
  readonly db = createMockDb(memoryStore());
  readonly calls: GraphCall[] = [];
  private readonly overrides: ((call: GraphCall) => CannedResponse | null)[] = [];

  constructor(readonly graphHost = 'graph.microsoft.com') {}

  /** Answers matching calls with a canned response instead of the mock (first match wins, once). */
  answerOnce(match: (call: GraphCall) => boolean, response: CannedResponse) {
    let used = false;
    this.overrides.push((call) => {
      if (used || !match(call)) return null;
      used = true;
      return response;
    });
  }

  /** Answers every matching call with a canned response instead of the mock. */
  answerAlways(match: (call: GraphCall) => boolean, response: CannedResponse) {
    this.overrides.push((call) => (match(call) ? response : null));
  }

  async install(context: BrowserContext) {
    const handlers = graphHandlers(this.db);
    await context.route(`https://${this.graphHost}/**`, async (route: Route) => {
      const request = route.request();
      if (request.method() === 'OPTIONS')
        return route.fulfill({ status: 204, headers: cors(request) });
      const headers = await request.allHeaders();
      const authorization = headers['authorization'] ?? null;
      const claims = jwtClaims(authorization ?? '');
      const tid = claims?.tid;
      const call: GraphCall = {
        method: request.method(),
        url: request.url(),
        authorization,
        tenantId: typeof tid === 'string' ? tid : null,
        body: request.postData(),
      };
      this.calls.push(call);
      for (const override of this.overrides) {
        const canned = override(call);
        if (canned) {
          return route.fulfill({
            status: canned.status,
            headers: { ...cors(request), 'Content-Type': 'application/json', ...canned.headers },
            body: JSON.stringify(canned.body),
          });
        }
      }
      const response = await getResponse(
        handlers,
        new Request(call.url, {
          method: call.method,
          headers: { ...headers, ...mockAuthorization(call.tenantId, claims?.scp) },
          body: call.body ?? undefined,
        }),
      );
      if (!response)
        return route.fulfill({ status: 501, headers: cors(request), body: 'Not mocked' });
      return route.fulfill({
        status: response.status,
        headers: { ...Object.fromEntries(response.headers), ...cors(request) },
        body: Buffer.from(await response.arrayBuffer()),
      });
    });
  }
}

// The mock Graph tells tenants apart by the demo token (src/mocks/graph/request-tenant.ts), as Graph
// does by the token's tid: another tenant's token is handed on as that tenant's demo token, and a
// token whose scp grants the audit permission as the demo's audit token.
function mockAuthorization(tenantId: string | null, scp: unknown): Record<string, string> {
  const home = !tenantId || tenantId.toLowerCase() === TENANT_ID.toLowerCase();
  const audit = typeof scp === 'string' && /\bDeviceManagementApps\.Read(Write)?\.All\b/.test(scp);
  if (home && !audit) return {};
  return {
    authorization: `Bearer demo-access-token${home ? '' : `.${tenantId}`}${audit ? '.audit' : ''}`,
  };
}
