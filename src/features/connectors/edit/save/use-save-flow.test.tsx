import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';

import { TenantScopeProvider } from '@/lib/tenant-scope';
import { testConnector } from '@/testing/connector-fixture';

import { CONNECTOR_ODATA_TYPE } from '../../model/graph-values';
import { buildPatchRequest } from '../review/patch-request';

import { performSave } from './perform-save';
import type { SaveOutcome } from './save-outcome';
import { useSaveFlow } from './use-save-flow';

vi.mock('./perform-save', () => ({ performSave: vi.fn() }));
const send = vi.mocked(performSave);

const connector = testConnector();
const patch = { '@odata.type': CONNECTOR_ODATA_TYPE, displayName: 'Mine' } as const;
const request = buildPatchRequest('https://graph.example/beta', 'c1', patch, 'req-1');
const result = { connector: { ...connector, displayName: 'Mine' }, response: null, notApplied: [] };

/** Each save waits for the test to answer it. */
function answers() {
  const pending: ((outcome: SaveOutcome) => void)[] = [];
  send.mockImplementation(() => new Promise((resolve) => pending.push(resolve)));
  return (outcome: SaveOutcome) => act(async () => pending.shift()?.(outcome));
}

function renderFlow() {
  const handlers = { onSaved: vi.fn(), onFailed: vi.fn() };
  const queryClient = new QueryClient();
  const scope = { tenantId: undefined as string | undefined, name: 'Contoso', directoryId: '' };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <TenantScopeProvider value={{ ...scope }}>{children}</TenantScopeProvider>
      </QueryClientProvider>
    </StrictMode>
  );
  const view = renderHook(() => useSaveFlow(connector, handlers), { wrapper });
  /** Runs the hook's effect again with the flow where it is. */
  const rerunEffects = () => {
    scope.tenantId = 'other';
    view.rerender();
  };
  const dispatch = (...events: Parameters<typeof view.result.current.dispatch>[0][]) =>
    act(() => events.forEach((event) => view.result.current.dispatch(event)));
  return { ...view, handlers, dispatch, rerunEffects };
}

afterEach(() => send.mockReset());

describe('useSaveFlow', () => {
  it('sends once when the flow enters sending, in StrictMode, and says so once it is saved', async () => {
    const answer = answers();
    const { result: flow, handlers, dispatch, rerunEffects } = renderFlow();

    dispatch({ type: 'review', request }, { type: 'confirm' });
    expect(flow.current.state.step).toBe('sending');
    // Hiding the review while Graph is slow changes the state, not the save.
    dispatch({ type: 'close-review' });
    rerunEffects();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0]).toMatchObject({ id: 'c1', patch, clientRequestId: 'req-1' });
    expect(handlers.onSaved).not.toHaveBeenCalled();

    await answer({ type: 'saved', result });
    expect(flow.current.state).toMatchObject({ step: 'saved', result });
    expect(handlers.onSaved).toHaveBeenCalledTimes(1);
    expect(handlers.onSaved).toHaveBeenCalledWith(flow.current.state);
    expect(handlers.onFailed).not.toHaveBeenCalled();
  });

  it('calls onFailed when a save fails, not again when a review over the failure is closed', async () => {
    const answer = answers();
    const { result: flow, handlers, dispatch } = renderFlow();
    const error = new Error('refused');

    dispatch({ type: 'review', request }, { type: 'confirm' });
    await answer({ type: 'failed', error, retryable: false });
    expect(handlers.onFailed).toHaveBeenCalledTimes(1);
    expect(handlers.onFailed).toHaveBeenCalledWith(flow.current.state);

    dispatch({ type: 'review', request }, { type: 'close-review' });
    expect(flow.current.state).toMatchObject({ step: 'failed', error });
    expect(handlers.onFailed).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends the same input again after a save in doubt, and takes only its answer', async () => {
    const answer = answers();
    const { result: flow, handlers, dispatch } = renderFlow();

    dispatch({ type: 'review', request }, { type: 'confirm' });
    await answer({ type: 'maybe-applied', error: new Error('lost') });
    expect(flow.current.state.step).toBe('maybe-applied');

    dispatch({ type: 'send-again' });
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]?.[0]).toMatchObject({ clientRequestId: 'req-1', patch });

    await answer({ type: 'saved', result });
    expect(flow.current.state.step).toBe('saved');
    expect(handlers.onSaved).toHaveBeenCalledTimes(1);
  });
});
