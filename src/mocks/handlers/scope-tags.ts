import { http } from 'msw';

import type { MockDb } from '../db';
import { graphJson } from '../graph-response';

import { GRAPH_BETA } from './graph-base';

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
