import { getResponse, http } from 'msw';

import { faultHandler } from '../faults/fault-handler';
import { GRAPH_BETA } from '../graph/graph-base';
import { graphErrorResponse } from '../graph/graph-response';
import { requestTenantId } from '../graph/request-tenant';
import type { MockDb, MockDirectory } from '../tenant/db';

import { auditEventHandlers } from './audit-events';
import { batchHandler } from './batch';
import { connectorHandlers } from './connectors';
import { scopeTagHandlers } from './scope-tags';

function tenantHandlers(db: MockDb) {
  const direct = [...connectorHandlers(db), ...scopeTagHandlers(db)];
  return [...direct, ...auditEventHandlers(db), batchHandler(db.faults, direct)];
}

/** Each request is answered from the tenant its token is for; a tenant the demo does not know is a 401. */
function tenantRouter(directory: MockDirectory) {
  const byTenant = new Map<MockDb, ReturnType<typeof tenantHandlers>>();
  const home = tenantHandlers(directory);
  return http.all(`${GRAPH_BETA}/*`, ({ request }) => {
    const tenantId = requestTenantId(request);
    if (!tenantId) return getResponse(home, request);
    const db = directory.forTenant(tenantId);
    if (!db) {
      return graphErrorResponse(request, {
        status: 401,
        code: 'InvalidAuthenticationToken',
        message: `The token is for tenant ${tenantId}, which this demo does not have.`,
      });
    }
    let handlers = byTenant.get(db);
    if (!handlers) byTenant.set(db, (handlers = tenantHandlers(db)));
    return getResponse(handlers, request);
  });
}

export function graphHandlers(directory: MockDirectory) {
  // "Comes back online": a heartbeat, as the connector itself would send it.
  const comeBack = (tenantId: string, connectorId: string) =>
    directory.forTenant(tenantId)?.updateConnector(connectorId, {
      lastConnectionDateTime: new Date().toISOString(),
      state: 'active',
    });
  return [faultHandler(directory.faults, [tenantRouter(directory)], comeBack)];
}
