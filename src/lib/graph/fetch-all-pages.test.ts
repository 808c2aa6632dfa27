import { http } from 'msw';
import { z } from 'zod';

import { graphJson } from '@/mocks/graph/graph-response';
import { server } from '@/mocks/node';
import { TEST_GRAPH_BASE_URL } from '@/testing/graph-test-config';
import { recordGraphTraffic } from '@/testing/record-requests';

import { fetchAllPages } from './fetch-all-pages';

const itemSchema = z.object({ id: z.string() });
const COLLECTION = `${TEST_GRAPH_BASE_URL}/deviceManagement/ndesConnectors`;

describe('fetchAllPages', () => {
  it('follows @odata.nextLink to the end of the collection', async () => {
    const ids = await fetchAllPages('/deviceManagement/ndesConnectors?$top=3', { itemSchema });

    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ids.map((item) => item.id)).size).toBe(ids.length);
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

    await expect(fetchAllPages('/deviceManagement/ndesConnectors', { itemSchema })).rejects.toThrow(
      'Refusing to send a Graph request to https://attacker.example.',
    );
    expect(traffic.requests.map((request) => request.url.host)).toEqual(['graph.microsoft.com']);
  });
});
