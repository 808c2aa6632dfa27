import { QueryClient } from '@tanstack/react-query';

import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { NetworkError, type GraphError } from '@/lib/graph/graph-error';
import { armFault, mockDb, receivedRequests } from '@/mocks/node';

import { connectorSchema, type Connector } from '../model/connector';
import { connectorQueries } from '../model/connector-queries';
import type { ConnectorList } from '../model/read-connector';

import { performDelete } from './delete-connector';

const ONE = '/deviceManagement/ndesConnectors/:id';
const ID = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';
const TARGET = { id: ID, tenantId: DEMO_ACCOUNT.tenantId };

const listOf = (connectors: Connector[]): ConnectorList => ({
  connectors,
  unreadable: [],
  complete: true,
  pagesRead: 1,
});

function setup() {
  const queryClient = new QueryClient();
  queryClient.setQueryData(
    connectorQueries.list(DEMO_ACCOUNT.tenantId).queryKey,
    listOf(mockDb.listConnectors()),
  );
  const listed = () =>
    queryClient
      .getQueryData(connectorQueries.list(DEMO_ACCOUNT.tenantId).queryKey)
      ?.connectors.some(({ id }) => id === ID);
  return { queryClient, listed };
}

it('deletes on 204 and takes the connector out of the list, with Graph’s request-id', async () => {
  const { queryClient, listed } = setup();
  const outcome = await performDelete(queryClient, TARGET);
  const [request] = receivedRequests('DELETE', ONE);
  expect(outcome).toEqual({
    type: 'deleted',
    confirmedByRead: false,
    ids: expect.objectContaining({ requestId: request?.requestId }),
  });
  expect(mockDb.getConnector(ID)).toBeUndefined();
  expect(listed()).toBe(false);
});

it('reports a 404 as already gone and takes it out of the list', async () => {
  mockDb.deleteConnector(ID);
  const { queryClient, listed } = setup();
  const [other] = mockDb.listConnectors();
  if (other) {
    queryClient.setQueryData(
      connectorQueries.list(DEMO_ACCOUNT.tenantId).queryKey,
      (list) => list && { ...list, connectors: [...list.connectors, { ...other, id: ID }] },
    );
  }
  expect(listed()).toBe(true);
  const outcome = await performDelete(queryClient, TARGET);
  expect(outcome).toMatchObject({ type: 'already-gone', ids: { requestId: expect.any(String) } });
  expect(listed()).toBe(false);
});

it('keeps the connector after any other failure', async () => {
  armFault({ method: 'DELETE', path: ONE, kind: 'http-500' });
  const { queryClient, listed } = setup();
  const outcome = await performDelete(queryClient, TARGET);
  expect(outcome).toMatchObject({ type: 'failed', error: { status: 500 } });
  expect((outcome as { error: GraphError }).error.requestId).toBeTruthy();
  expect(listed()).toBe(true);
  expect(receivedRequests('DELETE', ONE)).toHaveLength(1);
});

it('after a lost answer, reads the connector: still there, it may be deleted again', async () => {
  armFault({ method: 'DELETE', path: ONE, kind: 'network-error' });
  const { queryClient, listed } = setup();
  const outcome = await performDelete(queryClient, TARGET);
  expect(outcome).toMatchObject({ type: 'still-there', error: expect.any(NetworkError) });
  expect(receivedRequests().map(({ method }) => method)).toEqual(['DELETE', 'GET']);
  expect(listed()).toBe(true);
});

it('after a lost answer, a read that finds nothing confirms the delete', async () => {
  armFault({ method: 'DELETE', path: ONE, kind: 'dropped-response' });
  const { queryClient, listed } = setup();
  const outcome = await performDelete(queryClient, TARGET);
  expect(outcome).toMatchObject({ type: 'deleted', confirmedByRead: true });
  expect(listed()).toBe(false);
});

it('after a lost answer and a failed read, does not say either way', async () => {
  armFault({ method: 'DELETE', path: ONE, kind: 'network-error' });
  armFault({ method: 'GET', path: ONE, kind: 'http-500' });
  const { queryClient, listed } = setup();
  const outcome = await performDelete(queryClient, TARGET);
  expect(outcome).toMatchObject({ type: 'unconfirmed', checkError: { status: 500 } });
  expect(listed()).toBe(true);
});

describe('with the connector as the admin saw it', () => {
  const seen = () => connectorSchema.parse(mockDb.getConnector(ID));

  it('reads it once, then deletes it when nothing changed', async () => {
    const { queryClient } = setup();
    const outcome = await performDelete(queryClient, TARGET, seen());
    expect(outcome).toMatchObject({ type: 'deleted' });
    expect(receivedRequests().map(({ method }) => method)).toEqual(['GET', 'DELETE']);
  });

  it('sends no DELETE when it connected again, and says so with the current values', async () => {
    const shown = seen();
    const at = new Date().toISOString();
    mockDb.updateConnector(ID, { lastConnectionDateTime: at, state: 'active' });
    const { queryClient, listed } = setup();
    const outcome = await performDelete(queryClient, TARGET, { ...shown, state: 'inactive' });
    const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(at));
    expect(outcome).toMatchObject({
      type: 'changed',
      current: { id: ID, lastConnectionDateTime: at, state: 'active' },
      reason: `It connected again at ${time} and its state changed to Active, so it was not deleted.`,
    });
    expect(receivedRequests('DELETE')).toHaveLength(0);
    expect(listed()).toBe(true);
  });

  it('calls a 404 on that read already gone, and sends no DELETE', async () => {
    const shown = seen();
    mockDb.deleteConnector(ID);
    const { queryClient } = setup();
    expect(await performDelete(queryClient, TARGET, shown)).toMatchObject({ type: 'already-gone' });
    expect(receivedRequests('DELETE')).toHaveLength(0);
  });

  it('sends nothing when that read fails', async () => {
    armFault({ method: 'GET', path: ONE, kind: 'http-403' });
    const { queryClient } = setup();
    expect(await performDelete(queryClient, TARGET, seen())).toMatchObject({ type: 'failed' });
    expect(receivedRequests('DELETE')).toHaveLength(0);
  });
});

it('sees the demo’s “comes back online” fault on the read before sending', async () => {
  const shown = { ...connectorSchema.parse(mockDb.getConnector(ID)), state: 'inactive' };
  armFault({
    method: 'GET',
    path: '/deviceManagement/ndesConnectors/*',
    kind: 'comes-back',
    target: ID,
  });
  const { queryClient } = setup();
  const outcome = await performDelete(queryClient, TARGET, shown);
  expect(outcome).toMatchObject({ type: 'changed', current: { state: 'active' } });
  expect(outcome).toMatchObject({
    reason: expect.stringMatching(
      /^It connected again at .+ and its state changed to Active, so it was not deleted\.$/,
    ),
  });
  expect(receivedRequests('DELETE')).toHaveLength(0);
});
