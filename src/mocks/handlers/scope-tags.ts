import { http } from 'msw';

import { GRAPH_BETA } from '../graph/graph-base';
import { graphJson } from '../graph/graph-response';
import type { MockDb } from '../tenant/db';

export function scopeTagHandlers(db: MockDb) {
  return [
    http.get(`${GRAPH_BETA}/deviceManagement/roleScopeTags`, ({ request }) =>
      graphJson(request, {
        '@odata.context':
          'https://graph.microsoft.com/beta/$metadata#deviceManagement/roleScopeTags',
        value: db
          .listScopeTags()
          .map((tag) => ({ '@odata.type': '#microsoft.graph.roleScopeTag', ...tag })),
      }),
    ),
  ];
}
