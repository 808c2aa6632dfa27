import type { QueryClient } from '@tanstack/react-query';

import { recordChanges } from '@/features/change-log/change-log';
import { scopeTagQueries } from '@/features/scope-tags/api/scope-tag-queries';
import { setTenantAccessMode } from '@/lib/auth/access-mode';
import { explainError } from '@/lib/graph/explain-error';
import { GraphError } from '@/lib/graph/graph-error';

import type { Connector } from '../../model/connector';
import { connectorQueries } from '../../model/connector-queries';
import { withConnector, withoutConnector } from '../../model/read-connector';

import { changeEntries } from './change-entries';
import { ConflictError, saveConnector, type SaveConnectorInput } from './save-connector';
import type { SaveOutcome } from './save-outcome';

export type { SaveOutcome } from './save-outcome';

export type SaveDeps = {
  queryClient: QueryClient;
  save?: typeof saveConnector;
  /** Where the outcome is written down: the session's change log. */
  record?: typeof recordChanges;
};

const READ_ONLY_REASON =
  'Read-only: Graph refused a change (403). Your account needs an Intune role that can update connectors (for example Intune Administrator), and the app needs DeviceManagementConfiguration.ReadWrite.All.';

async function onSaved(queryClient: QueryClient, connector: Connector, tenantId?: string) {
  queryClient.setQueryData(connectorQueries.detail(tenantId, connector.id).queryKey, connector);
  queryClient.setQueryData(
    connectorQueries.list(tenantId).queryKey,
    (list) => list && withConnector(list, connector),
  );
  await queryClient.invalidateQueries({
    queryKey: connectorQueries.list(tenantId).queryKey,
    refetchType: 'none',
  });
}

async function onFailed(
  queryClient: QueryClient,
  error: unknown,
  { id, tenantId }: SaveConnectorInput,
) {
  if (error instanceof ConflictError) {
    queryClient.setQueryData(
      connectorQueries.detail(tenantId, error.current.id).queryKey,
      error.current,
    );
  }
  if (!(error instanceof GraphError)) return;
  // Deleted meanwhile: the list must not offer it again. Nothing refetches now, because the edit
  // screen still shows the draft against the cached detail; the next visit reads Graph.
  if (error.status === 404) {
    queryClient.setQueryData(
      connectorQueries.list(tenantId).queryKey,
      (list) => list && withoutConnector(list, id),
    );
    const queries = [connectorQueries.list(tenantId), connectorQueries.detail(tenantId, id)];
    for (const { queryKey } of queries) {
      await queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
    }
  }
  // Graph refused the write itself: stop offering edits this session rather than fail every save.
  if (error.status === 403 && error.code !== 'ApprovalRequired') {
    setTenantAccessMode(tenantId, { readOnly: true, reason: READ_ONLY_REASON });
  }
}

function classify(error: unknown): SaveOutcome {
  if (error instanceof ConflictError) {
    return { type: 'conflict', current: error.current, conflicts: error.conflicts };
  }
  const { retryable, request } = explainError(error);
  const write = request !== null && request.method !== 'GET';
  // 429 and 503 mean Graph did not process the request; anything else retryable on a write is in doubt.
  const notProcessed = error instanceof GraphError && [429, 503].includes(error.status);
  return retryable && write && !notProcessed
    ? { type: 'maybe-applied', error }
    : { type: 'failed', error, retryable };
}

async function outcomeOf(
  input: SaveConnectorInput,
  queryClient: QueryClient,
  save: typeof saveConnector,
): Promise<SaveOutcome> {
  try {
    const result = await save(input);
    await onSaved(queryClient, result.connector, input.tenantId);
    return { type: result.notApplied.length > 0 ? 'not-applied' : 'saved', result };
  } catch (error) {
    await onFailed(queryClient, error, input);
    return classify(error);
  }
}

/**
 * One connector's save, outside React: re-read, PATCH, update the caches, write it in the change log,
 * and say how it ended. Never throws: useSaveFlow dispatches what it returns as the flow's next event.
 */
export async function performSave(
  input: SaveConnectorInput,
  { queryClient, save = saveConnector, record = recordChanges }: SaveDeps,
): Promise<SaveOutcome> {
  const at = new Date();
  const outcome = await outcomeOf(input, queryClient, save);
  const tags = queryClient.getQueryData(scopeTagQueries.list(input.tenantId).queryKey);
  record(changeEntries(input, outcome, { at, tags }));
  return outcome;
}
