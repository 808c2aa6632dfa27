import { connectorSchema } from '@/features/connectors/model/connector';
import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { graphFetch, graphRequest } from '@/lib/graph/graph-client';
import { NetworkError } from '@/lib/graph/graph-error';
import { armFault, mockDb, receivedRequests } from '@/mocks/node';
import { reconfigure } from '@/testing/graph-answers';

const TENANT = DEMO_ACCOUNT.tenantId;

const LIST = '/deviceManagement/ndesConnectors';
const ONE = '/deviceManagement/ndesConnectors/:id';
const ID = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';
const patch = (body: Record<string, unknown>) =>
  graphRequest(`${LIST}/${ID}`, {
    tenantId: TENANT,
    method: 'PATCH',
    body: { '@odata.type': '#microsoft.graph.ndesConnector', ...body },
  });

describe('the stall fault', () => {
  it('never answers: a read times out and the next attempt gets the answer', async () => {
    reconfigure({ timeoutMs: 30 });
    armFault({ method: 'GET', path: ONE, kind: 'stall' });

    await expect(
      graphFetch(`${LIST}/${ID}`, { tenantId: TENANT, schema: connectorSchema }),
    ).resolves.toMatchObject({
      id: ID,
    });
    expect(receivedRequests('GET', ONE).map((request) => request.status)).toEqual([null, 200]);
  });

  it('leaves a stalled PATCH unapplied, and the client does not send it again', async () => {
    reconfigure({ timeoutMs: 30 });
    armFault({ method: 'PATCH', path: ONE, kind: 'stall' });

    const error: unknown = await patch({ displayName: 'Stalled' }).catch((e) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ timedOut: true });
    expect(receivedRequests('PATCH', ONE)).toHaveLength(1);
    expect(mockDb.getConnector(ID)?.displayName).toBe('CERT01 – NDES primary');
  });
});

describe('the accept-but-ignore fault', () => {
  it('answers 204 and applies nothing', async () => {
    armFault({ method: 'PATCH', path: ONE, kind: 'accept-ignore' });

    await expect(patch({ displayName: 'Ignored', state: 'inactive' })).resolves.toMatchObject({
      status: 204,
      requestId: expect.any(String),
    });
    expect(mockDb.getConnector(ID)).toMatchObject({
      displayName: 'CERT01 – NDES primary',
      state: 'active',
    });
  });

  it('applies everything but the property it names', async () => {
    armFault({ method: 'PATCH', path: ONE, kind: 'accept-ignore', target: 'state' });

    await expect(patch({ displayName: 'Applied', state: 'inactive' })).resolves.toMatchObject({
      status: 204,
    });
    expect(mockDb.getConnector(ID)).toMatchObject({ displayName: 'Applied', state: 'active' });
  });
});
