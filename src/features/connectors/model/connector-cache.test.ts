import { QueryClient } from '@tanstack/react-query';

import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { mockDb } from '@/mocks/node';
import { testConnector } from '@/testing/connector-fixture';

import type { Connector } from './connector';
import {
  dropDetail,
  forgetConnector,
  refreshAfterBulk,
  reloadConnectors,
  rememberConnector,
  rememberDetail,
} from './connector-cache';
import { connectorQueries } from './connector-queries';
import type { ConnectorList } from './read-connector';

const TENANT = DEMO_ACCOUNT.tenantId;
const listOf = (connectors: Connector[]): ConnectorList => ({
  connectors,
  unreadable: [],
  complete: true,
  pagesRead: 1,
});

function setup(connectors = [testConnector({ id: 'a' }), testConnector({ id: 'b' })]) {
  const queryClient = new QueryClient();
  const list = connectorQueries.list(TENANT);
  const detail = (id: string) => connectorQueries.detail(TENANT, id);
  queryClient.setQueryData(list.queryKey, listOf(connectors));
  for (const connector of connectors) {
    queryClient.setQueryData(detail(connector.id).queryKey, connector);
  }
  return {
    queryClient,
    ids: () => queryClient.getQueryData(list.queryKey)?.connectors.map(({ id }) => id),
    listState: () => queryClient.getQueryState(list.queryKey),
    detailOf: (id: string) => queryClient.getQueryData(detail(id).queryKey),
    detailState: (id: string) => queryClient.getQueryState(detail(id).queryKey),
  };
}

it('remembers a saved connector in its detail and its list row, and marks the list stale', async () => {
  const { queryClient, ids, listState, detailOf } = setup();
  const renamed = testConnector({ id: 'b', displayName: 'Renamed' });
  await rememberConnector(queryClient, TENANT, renamed);
  expect(detailOf('b')).toEqual(renamed);
  expect(ids()).toEqual(['a', 'b']);
  expect(queryClient.getQueryData(connectorQueries.list(TENANT).queryKey)?.connectors[1]).toEqual(
    renamed,
  );
  expect(listState()?.isInvalidated).toBe(true);
});

it('remembers a detail alone (a conflict’s current connector) without touching the list', () => {
  const { queryClient, listState, detailOf } = setup();
  const current = testConnector({ id: 'a', displayName: 'Theirs' });
  rememberDetail(queryClient, TENANT, current);
  expect(detailOf('a')).toEqual(current);
  expect(listState()?.isInvalidated).toBe(false);
});

it('forgets a gone connector: out of the list, its detail kept but stale, nothing refetched', async () => {
  const { queryClient, ids, listState, detailOf, detailState } = setup();
  await forgetConnector(queryClient, TENANT, 'a');
  expect(ids()).toEqual(['b']);
  expect(listState()?.isInvalidated).toBe(true);
  expect(detailOf('a')).toBeDefined();
  expect(detailState('a')?.isInvalidated).toBe(true);
  expect(queryClient.isFetching()).toBe(0);
});

it('drops a detail once its page has left', () => {
  const { queryClient, detailOf } = setup();
  dropDetail(queryClient, TENANT, 'a');
  expect(detailOf('a')).toBeUndefined();
  expect(detailOf('b')).toBeDefined();
});

it('reloads every connector query of the tenant, and no other tenant’s', async () => {
  const { queryClient, listState, detailState } = setup();
  const other = connectorQueries.list('other-tenant').queryKey;
  queryClient.setQueryData(other, listOf([]));
  await reloadConnectors(queryClient, TENANT);
  expect(listState()?.isInvalidated).toBe(true);
  expect(detailState('a')?.isInvalidated).toBe(true);
  expect(queryClient.getQueryState(other)?.isInvalidated).toBe(false);
});

describe('refreshAfterBulk', () => {
  const [first, second] = mockDb.listConnectors();
  const known = [
    testConnector({ id: first?.id }),
    testConnector({ id: second?.id }),
    testConnector({ id: 'gone' }),
  ];
  const fresh = () => listOf(mockDb.listConnectors().map((c) => testConnector({ ...c })));

  it('takes the read after the run as the list and the touched details; a deleted one leaves the cache', async () => {
    const { queryClient, ids, detailOf } = setup(known);
    const read = fresh();
    await refreshAfterBulk(queryClient, TENANT, [first?.id ?? '', 'gone'], read);
    expect(ids()).toEqual(read.connectors.map(({ id }) => id));
    expect(detailOf(first?.id ?? '')).toEqual(read.connectors[0]);
    expect(detailOf(first?.id ?? '')).not.toEqual(known[0]);
    expect(detailOf(second?.id ?? '')).toEqual(known[1]);
    expect(detailOf('gone')).toBeUndefined();
  });

  it('does nothing when nothing was touched', async () => {
    const { queryClient, listState } = setup(known);
    await refreshAfterBulk(queryClient, TENANT, [], fresh());
    expect(listState()?.dataUpdateCount).toBe(1);
  });

  it('marks the tenant’s connector queries stale when the read after the run failed', async () => {
    const { queryClient, listState } = setup(known);
    await refreshAfterBulk(queryClient, TENANT, [first?.id ?? ''], null);
    expect(listState()?.isInvalidated).toBe(true);
  });
});
