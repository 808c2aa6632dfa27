import { explainError } from '@/lib/graph/explain-error';
import { GraphError } from '@/lib/graph/graph-error';

import { scopeTagPurposes } from './request-purposes';

const refused = (status: number) =>
  new GraphError({
    status,
    code: 'Code',
    message: 'What Graph said',
    requestId: 'req-1',
    clientRequestId: 'client-1',
    date: null,
    request: {
      method: 'GET',
      path: '/deviceManagement/roleScopeTags',
      purpose: scopeTagPurposes.list,
    },
  });

it('says a refused read was the scope tag lookup, and what it needs', () => {
  expect(explainError(refused(403))).toMatchObject({
    title: 'You do not have permission to read scope tags.',
    hint: expect.stringMatching(/^Reading scope tags needs .*Read\.All/),
  });
});

it('names the path Graph could not find when it is not a connector', () => {
  expect(explainError(refused(404)).title).toBe(
    'Graph could not find /deviceManagement/roleScopeTags.',
  );
});
