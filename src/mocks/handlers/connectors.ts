import { http } from 'msw';

import { GRAPH_BETA } from '../graph/graph-base';
import {
  graphErrorResponse,
  graphJson,
  graphNoContent,
  intuneNotFound,
} from '../graph/graph-response';
import {
  admin,
  ANOTHER_ADMIN,
  auditEvent,
  connectorResource,
  demoAdminActor,
} from '../tenant/audit-events';
import type { MockDb } from '../tenant/db';
import { validateConnectorPatch } from '../tenant/validate-connector-patch';

const COLLECTION = `${GRAPH_BETA}/deviceManagement/ndesConnectors`;
const CONTEXT = 'https://graph.microsoft.com/beta/$metadata#deviceManagement/ndesConnectors';

function readPaging(url: URL): { top: number; skip: number } | string {
  const top = url.searchParams.get('$top');
  const skip = url.searchParams.get('$skip');
  const parse = (value: string | null, name: string) => {
    if (value === null) return undefined;
    return /^\d+$/.test(value)
      ? Number(value)
      : `Invalid value '${value}' for the query option '${name}'.`;
  };
  const topValue = parse(top, '$top');
  const skipValue = parse(skip, '$skip');
  if (typeof topValue === 'string') return topValue;
  if (typeof skipValue === 'string') return skipValue;
  return { top: topValue ?? Number.POSITIVE_INFINITY, skip: skipValue ?? 0 };
}

async function readJsonBody(request: Request): Promise<{ body: unknown } | { error: string }> {
  const text = await request.text();
  if (text.trim() === '') return { error: 'Empty Payload. JSON content expected.' };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return { error: 'Invalid JSON. The request body could not be read as a JSON object.' };
  }
}

// Intune's correlationId is not documented to echo client-request-id; the mock makes it do so, which
// is what lets History mark the app's own changes (and says so where it does). The app always sends a
// token; a write without one stands for another admin's, made elsewhere (e2e's renameConnectorInTenant),
// and Intune records that admin, as it records whoever's token made a change.
function audit(
  db: MockDb,
  request: Request,
  operation: 'Patch' | 'Delete',
  resource: ReturnType<typeof connectorResource>,
) {
  db.addAuditEvent(
    auditEvent({
      operation,
      at: Date.now(),
      actor: request.headers.has('authorization') ? demoAdminActor : admin(ANOTHER_ADMIN),
      correlationId: request.headers.get('client-request-id') ?? crypto.randomUUID(),
      resources: [resource],
    }),
  );
}

export function connectorHandlers(db: MockDb) {
  return [
    http.get(COLLECTION, ({ request }) => {
      const url = new URL(request.url);
      const paging = readPaging(url);
      if (typeof paging === 'string') {
        return graphErrorResponse(request, { status: 400, code: 'BadRequest', message: paging });
      }
      const all = db.listConnectors();
      const size = Math.min(paging.top, db.maxPageSize());
      const page = all.slice(paging.skip, paging.skip + size);
      const end = paging.skip + page.length;
      const nextLink =
        end < all.length
          ? `${url.origin}${url.pathname}?$top=${paging.top}&$skip=${end}`
          : undefined;
      return graphJson(request, {
        '@odata.context': CONTEXT,
        value: page.map((connector) => ({
          '@odata.type': '#microsoft.graph.ndesConnector',
          ...connector,
        })),
        ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
      });
    }),

    http.get(`${COLLECTION}/:id`, ({ request, params }) => {
      const connector = db.getConnector(String(params.id));
      if (!connector) return intuneNotFound(request, 'ndesConnector');
      return graphJson(request, {
        '@odata.context': `${CONTEXT}/$entity`,
        '@odata.type': '#microsoft.graph.ndesConnector',
        ...connector,
      });
    }),

    http.patch(`${COLLECTION}/:id`, async ({ request, params }) => {
      const id = String(params.id);
      const read = await readJsonBody(request);
      if ('error' in read) {
        return graphErrorResponse(request, {
          status: 400,
          code: 'BadRequest',
          message: read.error,
        });
      }
      const validation = validateConnectorPatch(read.body, id);
      if (!validation.ok) {
        return graphErrorResponse(request, {
          status: 400,
          code: 'BadRequest',
          message: validation.message,
          target: validation.target,
        });
      }
      const before = db.getConnector(id);
      const updated = db.updateConnector(id, validation.changes);
      if (!before || !updated) return intuneNotFound(request, 'ndesConnector');
      audit(db, request, 'Patch', connectorResource(before, validation.changes));
      if (db.patchResponse() === 'no-content') return graphNoContent(request);
      return graphJson(request, {
        '@odata.context': `${CONTEXT}/$entity`,
        '@odata.type': '#microsoft.graph.ndesConnector',
        ...updated,
      });
    }),

    http.delete(`${COLLECTION}/:id`, ({ request, params }) => {
      const before = db.getConnector(String(params.id));
      if (!before || !db.deleteConnector(before.id))
        return intuneNotFound(request, 'ndesConnector');
      audit(db, request, 'Delete', connectorResource(before));
      return graphNoContent(request);
    }),
  ];
}
