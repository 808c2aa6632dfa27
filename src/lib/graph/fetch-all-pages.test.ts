import { http } from 'msw';

import * as z from '@/config/zod';
import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { graphJson } from '@/mocks/graph/graph-response';
import { server } from '@/mocks/node';
import { seedConnectors } from '@/mocks/tenant/seed';
import { TEST_GRAPH_BASE_URL } from '@/testing/graph-test-config';
import { recordGraphTraffic } from '@/testing/record-requests';

import { fetchAllPages } from './fetch-all-pages';

const TENANT = DEMO_ACCOUNT.tenantId;

const itemSchema = z.object({ id: z.string() });
const COLLECTION = `${TEST_GRAPH_BASE_URL}/deviceManagement/ndesConnectors`;

describe('fetchAllPages', () => {
  it('follows @odata.nextLink to the end of the collection', async () => {
    const traffic = recordGraphTraffic();
    const { items, complete, pagesRead } = await fetchAllPages(
      '/deviceManagement/ndesConnectors?$top=3',
      { tenantId: TENANT, itemSchema },
    );

    // The mock tenant's ten connectors, in order, over four pages of three.
    expect(items.map((item) => item.id)).toEqual(seedConnectors(Date.now()).map(({ id }) => id));
    expect(traffic.requests.map(({ url }) => url.searchParams.get('$skip'))).toEqual([
      null,
      '3',
      '6',
      '9',
    ]);
    expect({ complete, pagesRead }).toEqual({ complete: true, pagesRead: 4 });
  });

  it('says the list is incomplete when Graph has more pages than the cap, instead of dropping it', async () => {
    const traffic = recordGraphTraffic();
    const { items, complete, pagesRead } = await fetchAllPages(
      '/deviceManagement/ndesConnectors?$top=3',
      { tenantId: TENANT, itemSchema, maxPages: 2 },
    );

    expect(items.map((item) => item.id)).toEqual(
      seedConnectors(Date.now())
        .slice(0, 6)
        .map(({ id }) => id),
    );
    expect({ complete, pagesRead }).toEqual({ complete: false, pagesRead: 2 });
    expect(traffic.requests).toHaveLength(2);
  });

  it('reads a collection that ends exactly at the cap as complete', async () => {
    const { complete } = await fetchAllPages('/deviceManagement/ndesConnectors?$top=5', {
      tenantId: TENANT,
      itemSchema,
      maxPages: 2,
    });
    expect(complete).toBe(true);
  });

  it('refuses an @odata.nextLink to another host, so the token never leaves Graph', async () => {
    server.use(
      http.get(COLLECTION, ({ request }) =>
        graphJson(request, {
          value: [{ id: 'first' }],
          '@odata.nextLink':
            'https://attacker.example/beta/deviceManagement/ndesConnectors?$skip=1',
        }),
      ),
    );
    const traffic = recordGraphTraffic();

    await expect(
      fetchAllPages('/deviceManagement/ndesConnectors', { tenantId: TENANT, itemSchema }),
    ).rejects.toThrow('Refusing to send a Graph request to https://attacker.example.');
    expect(traffic.requests.map((request) => request.url.host)).toEqual(['graph.microsoft.com']);
  });
});
