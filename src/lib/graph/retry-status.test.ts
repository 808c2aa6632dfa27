import * as z from '@/config/zod';
import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { armFault } from '@/mocks/node';

import { fetchAllPages } from './fetch-all-pages';
import { graphRequest } from './graph-client';
import {
  getRetryStatus,
  reportRetryProgress,
  subscribeToRetryStatus,
  type RetryStatus,
} from './retry-status';

const TENANT = DEMO_ACCOUNT.tenantId;

// Three Graph requests to strike; what they are for does not matter to the retry status.
const TAGS = { method: 'GET', path: '/deviceManagement/roleScopeTags' } as const;
const LIST = { method: 'GET', path: '/deviceManagement/ndesConnectors' } as const;
const SAVE = { method: 'PATCH', path: '/deviceManagement/ndesConnectors/:id' } as const;

function recordRetryStatus() {
  const seen: (RetryStatus | null)[] = [];
  const unsubscribe = subscribeToRetryStatus(() => seen.push(getRetryStatus()));
  return { seen, unsubscribe };
}

it('says which attempt is coming and why while the client waits, then clears', async () => {
  const { seen, unsubscribe } = recordRetryStatus();
  armFault({ ...TAGS, kind: 'http-429', count: 2 });

  const { items: tags } = await fetchAllPages(TAGS.path, {
    tenantId: TENANT,
    itemSchema: z.object({ id: z.string() }),
  });
  unsubscribe();

  expect(tags).toHaveLength(6);
  expect(seen).toEqual([
    expect.objectContaining({ method: 'GET', nextAttempt: 2, maxAttempts: 3, reason: 'HTTP 429' }),
    expect.objectContaining({ nextAttempt: 3, reason: 'HTTP 429' }),
    null,
  ]);
});

it('clears when the attempts run out, and names a dropped network', async () => {
  const { seen, unsubscribe } = recordRetryStatus();
  armFault({ ...LIST, kind: 'network-error', count: 3 });

  await expect(graphRequest(LIST.path, { tenantId: TENANT })).rejects.toThrow('Could not reach');
  unsubscribe();

  expect(seen.map((status) => status && `${status.reason} ${status.nextAttempt}`)).toEqual([
    'network 2',
    'network 3',
    null,
  ]);
  expect(getRetryStatus()).toBeNull();
});

it('never waits to retry a write Graph may have applied', async () => {
  const { seen, unsubscribe } = recordRetryStatus();
  armFault({ ...SAVE, kind: 'http-504' });

  await expect(
    graphRequest('/deviceManagement/ndesConnectors/3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01', {
      tenantId: TENANT,
      method: 'PATCH',
      body: { '@odata.type': '#microsoft.graph.ndesConnector', displayName: 'x' },
    }),
  ).rejects.toMatchObject({ status: 504 });
  unsubscribe();

  expect(seen).toEqual([]);
});

it('shows the request that waited last, and keeps showing another until it settles too', () => {
  const request = { method: 'GET', path: '/things' };
  const [first, second] = [Symbol('first'), Symbol('second')];
  const wait = { phase: 'waiting', request, maxAttempts: 3, delayMs: 500 } as const;

  reportRetryProgress({ ...wait, key: first, attempt: 1, status: 429 });
  reportRetryProgress({ ...wait, key: second, attempt: 2, status: null });
  expect(getRetryStatus()).toEqual({
    method: 'GET',
    nextAttempt: 3,
    maxAttempts: 3,
    delayMs: 500,
    reason: 'network',
  });

  reportRetryProgress({ phase: 'settled', key: second });
  expect(getRetryStatus()).toMatchObject({ nextAttempt: 2, reason: 'HTTP 429' });
  reportRetryProgress({ phase: 'settled', key: first });
  expect(getRetryStatus()).toBeNull();
});
