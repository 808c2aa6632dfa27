import { http, HttpResponse } from 'msw';

import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { server } from '@/mocks/node';

import { configureGraphClient, graphRequest } from './graph-client';

const TENANT = DEMO_ACCOUNT.tenantId;

it("sends each request with a token for its own tenant, the sign-in tenant's by its id too", async () => {
  configureGraphClient({
    baseUrl: 'https://graph.microsoft.com/beta',
    getAccessToken: (request) => Promise.resolve(`token-for-${request?.tenantId ?? 'home'}`),
  });
  const seen: (string | null)[] = [];
  server.use(
    http.get('https://graph.microsoft.com/beta/deviceManagement/roleScopeTags', ({ request }) => {
      seen.push(request.headers.get('authorization'));
      return HttpResponse.json({ value: [] });
    }),
  );

  await graphRequest('/deviceManagement/roleScopeTags', { tenantId: 'fabrikam-id' });
  await graphRequest('/deviceManagement/roleScopeTags', { tenantId: TENANT });

  expect(seen).toEqual(['Bearer token-for-fabrikam-id', `Bearer token-for-${TENANT}`]);
});
