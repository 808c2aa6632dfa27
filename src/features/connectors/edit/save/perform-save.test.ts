import { QueryClient } from '@tanstack/react-query';

import { getAccessMode, setAccessMode, setTenantAccessMode } from '@/lib/auth/access-mode';
import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { GraphError, NetworkError } from '@/lib/graph/graph-error';
import { testConnector } from '@/testing/connector-fixture';

import { connectorQueries } from '../../model/connector-queries';
import { CONNECTOR_ODATA_TYPE } from '../../model/graph-values';

import { performSave } from './perform-save';
import { ConflictError } from './save-connector';

const original = testConnector();
const input = {
  id: 'c1',
  original,
  patch: { '@odata.type': CONNECTOR_ODATA_TYPE, displayName: 'Mine' } as const,
  clientRequestId: 'req-1',
  tenantId: DEMO_ACCOUNT.tenantId,
};
const ids = { requestId: 'r', clientRequestId: 'req-1', date: null };
const graphError = (status: number, method = 'PATCH') =>
  new GraphError({
    ...ids,
    status,
    code: 'x',
    message: 'no',
    request: { method, path: '/deviceManagement/ndesConnectors/c1' },
  });

const outcomeOf = (error: unknown, queryClient = new QueryClient()) =>
  performSave(input, {
    queryClient,
    save: () => Promise.reject(error),
  });

describe('performSave', () => {
  it('reports a save and puts the saved connector in the cache', async () => {
    const queryClient = new QueryClient();
    const connector = { ...original, displayName: 'Mine' };
    const outcome = await performSave(input, {
      queryClient,
      save: () => Promise.resolve({ connector, response: null, notApplied: [] }),
    });
    expect(outcome).toEqual({
      type: 'saved',
      result: { connector, response: null, notApplied: [] },
    });
    expect(
      queryClient.getQueryData(connectorQueries.detail(DEMO_ACCOUNT.tenantId, 'c1').queryKey),
    ).toEqual(connector);
  });

  it('reports a conflict with what Graph holds now', async () => {
    const current = { ...original, displayName: 'Theirs' };
    expect(await outcomeOf(new ConflictError(current, []))).toEqual({
      type: 'conflict',
      current,
      conflicts: [],
    });
  });

  it.each([500, 502, 504])('calls a %i on the PATCH maybe applied', async (status) => {
    expect(await outcomeOf(graphError(status))).toMatchObject({ type: 'maybe-applied' });
  });

  it('calls a lost answer to the PATCH maybe applied', async () => {
    const lost = new NetworkError({
      clientRequestId: 'req-1',
      cause: new TypeError('fetch failed'),
      request: { method: 'PATCH', path: '/deviceManagement/ndesConnectors/c1' },
    });
    expect(await outcomeOf(lost)).toMatchObject({ type: 'maybe-applied' });
  });

  it.each([
    [503, 'PATCH', true],
    [429, 'PATCH', true],
    [500, 'GET', true],
    [400, 'PATCH', false],
    [404, 'PATCH', false],
  ])('calls a %i on the %s a failure (retryable: %s)', async (status, method, retryable) => {
    expect(await outcomeOf(graphError(status, method))).toMatchObject({
      type: 'failed',
      retryable,
    });
  });

  it('turns the tenant read-only when Graph refuses the write, and only that tenant', async () => {
    const FABRIKAM = '00000000-0000-4000-8000-00000000FAB1';
    onTestFinished(() => {
      setTenantAccessMode(DEMO_ACCOUNT.tenantId, { readOnly: false });
      setTenantAccessMode(FABRIKAM, { readOnly: false });
    });
    await performSave(
      { ...input, tenantId: FABRIKAM },
      { queryClient: new QueryClient(), save: () => Promise.reject(graphError(403)) },
    );
    expect(getAccessMode(FABRIKAM.toLowerCase()).readOnly).toBe(true);
    expect(getAccessMode(DEMO_ACCOUNT.tenantId).readOnly).toBe(false);

    await outcomeOf(graphError(403));
    expect(getAccessMode(DEMO_ACCOUNT.tenantId).readOnly).toBe(true);
  });

  it('a session without the write scope is read-only in every tenant', () => {
    onTestFinished(() => setAccessMode({ readOnly: false }));
    setAccessMode({ readOnly: true, reason: 'No write scope' });
    expect(getAccessMode('00000000-0000-4000-8000-00000000fab1')).toEqual({
      readOnly: true,
      reason: 'No write scope',
    });
  });

  it('calls a save whose re-read lacks a sent field not applied, and records each field', async () => {
    const connector = { ...original, displayName: 'Mine' };
    const record = vi.fn();
    const stateInput = {
      ...input,
      patch: { ...input.patch, state: 'inactive' as const },
    };
    const response = { status: 204, requestId: 'graph-1', clientRequestId: 'req-1', date: null };

    const outcome = await performSave(stateInput, {
      queryClient: new QueryClient(),
      save: () => Promise.resolve({ connector, response, notApplied: ['state'] }),
      record,
    });

    expect(outcome.type).toBe('not-applied');
    expect(record).toHaveBeenCalledWith([
      expect.objectContaining({ field: 'Display name', outcome: 'saved', requestId: 'graph-1' }),
      expect.objectContaining({
        field: 'State',
        outcome: 'not applied',
        oldValue: 'Active (active)',
        newValue: 'Inactive (inactive)',
        detail:
          'Graph accepted the change, but State still reads Active (active). Intune may manage this field itself.',
      }),
    ]);
  });

  it('records a failure with the ids it has', async () => {
    const record = vi.fn();
    await performSave(input, {
      queryClient: new QueryClient(),
      save: () => Promise.reject(graphError(400)),
      record,
    });
    expect(record).toHaveBeenCalledWith([
      expect.objectContaining({
        connectorId: 'c1',
        connectorName: 'CERT01',
        outcome: 'failed',
        detail: 'Graph rejected the request.',
        requestId: 'r',
        clientRequestId: 'req-1',
      }),
    ]);
  });
});
