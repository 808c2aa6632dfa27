import { http, HttpResponse } from 'msw';

import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { server } from '@/mocks/node';

import { configureGraphClient, graphRequest } from './graph-client';

const TENANT = DEMO_ACCOUNT.tenantId;

const CLAIMS = '{"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}';

it('answers a Graph claims challenge with a token for those claims, once', async () => {
  const tokenRequests: ({ claims?: string } | undefined)[] = [];
  configureGraphClient({
    baseUrl: 'https://graph.microsoft.com/beta',
    getAccessToken: (request) => {
      tokenRequests.push(request);
      return Promise.resolve(request?.claims ? 'token-with-claims' : 'token-before');
    },
  });
  const seen: (string | null)[] = [];
  server.use(
    http.get('https://graph.microsoft.com/beta/deviceManagement/roleScopeTags', ({ request }) => {
      seen.push(request.headers.get('authorization'));
      if (request.headers.get('authorization') === 'Bearer token-before') {
        return new HttpResponse(null, {
          status: 401,
          headers: {
            'WWW-Authenticate': `Bearer realm="", error="insufficient_claims", claims="${btoa(CLAIMS)}"`,
          },
        });
      }
      return HttpResponse.json({ value: [] });
    }),
  );

  const result = await graphRequest('/deviceManagement/roleScopeTags', { tenantId: TENANT });

  expect(result.status).toBe(200);
  expect(seen).toEqual(['Bearer token-before', 'Bearer token-with-claims']);
  expect(tokenRequests).toEqual([{ tenantId: TENANT }, { claims: CLAIMS, tenantId: TENANT }]);
});

it('does not loop when the token for the claims is refused too', async () => {
  configureGraphClient({
    baseUrl: 'https://graph.microsoft.com/beta',
    getAccessToken: () => Promise.resolve('token'),
  });
  let calls = 0;
  server.use(
    http.get('https://graph.microsoft.com/beta/deviceManagement/roleScopeTags', () => {
      calls += 1;
      return new HttpResponse(null, {
        status: 401,
        headers: { 'WWW-Authenticate': `Bearer claims="${btoa(CLAIMS)}"` },
      });
    }),
  );

  await expect(
    graphRequest('/deviceManagement/roleScopeTags', { tenantId: TENANT }),
  ).rejects.toMatchObject({
    status: 401,
  });
  expect(calls).toBe(2);
});
