import { http } from 'msw';

import { GRAPH_BETA } from '../graph/graph-base';
import { graphErrorResponse, graphJson, intuneMessage } from '../graph/graph-response';
import { requestHasAuditScope } from '../graph/request-tenant';
import type { MockDb } from '../tenant/db';

const COLLECTION = `${GRAPH_BETA}/deviceManagement/auditEvents`;
const CONTEXT = 'https://graph.microsoft.com/beta/$metadata#deviceManagement/auditEvents';
/** Graph's own page size for auditEvents when $top is not given. */
export const AUDIT_PAGE_SIZE = 50;

// The documented filter: activityDateTime with ge/gt/le/lt, joined by `and`. Anything else is a 400,
// as an undocumented filter (resources/any(...)) may be on the live service.
const CONDITION = /^activityDateTime (ge|gt|le|lt) (\d{4}-\d\d-\d\dT[\d:.]+Z)$/;

function readFilter(filter: string | null): ((at: string) => boolean) | null {
  if (!filter) return () => true;
  const tests: ((at: number) => boolean)[] = [];
  for (const part of filter.split(' and ')) {
    const match = CONDITION.exec(part.trim());
    if (!match?.[2]) return null;
    const [, op, value] = match;
    const bound = Date.parse(value ?? '');
    tests.push((at) =>
      op === 'ge' ? at >= bound : op === 'gt' ? at > bound : op === 'le' ? at <= bound : at < bound,
    );
  }
  return (at) => tests.every((test) => test(Date.parse(at)));
}

export function auditEventHandlers(db: MockDb) {
  return [
    http.get(COLLECTION, ({ request }) => {
      if (!requestHasAuditScope(request)) {
        return graphErrorResponse(request, {
          status: 403,
          code: 'Forbidden',
          message: intuneMessage(
            request,
            'Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All',
          ),
        });
      }
      const url = new URL(request.url);
      const matches = readFilter(url.searchParams.get('$filter'));
      if (!matches) {
        return graphErrorResponse(request, {
          status: 400,
          code: 'BadRequest',
          message: `Invalid filter clause: ${url.searchParams.get('$filter') ?? ''}`,
        });
      }
      const newestFirst = url.searchParams.get('$orderby') === 'activityDateTime desc';
      const events = db.listAuditEvents().filter((event) => matches(event.activityDateTime));
      const ordered = newestFirst
        ? events.toSorted((a, b) => b.activityDateTime.localeCompare(a.activityDateTime))
        : events;
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
      const size = Math.min(
        Number(url.searchParams.get('$top') ?? AUDIT_PAGE_SIZE),
        db.maxPageSize(),
      );
      const page = ordered.slice(skip, skip + size);
      const next = new URL(url);
      next.searchParams.set('$skiptoken', String(skip + page.length));
      return graphJson(request, {
        '@odata.context': CONTEXT,
        value: page.map((event) => ({ '@odata.type': '#microsoft.graph.auditEvent', ...event })),
        ...(skip + page.length < ordered.length ? { '@odata.nextLink': next.toString() } : {}),
      });
    }),
  ];
}
