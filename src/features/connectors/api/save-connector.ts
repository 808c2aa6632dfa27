import { useMutation, useQueryClient } from '@tanstack/react-query';

import { setAccessMode } from '@/lib/auth/access-mode';
import { graphRequest, type GraphResult } from '@/lib/graph/graph-client';
import { GraphError } from '@/lib/graph/graph-error';

import { findConflicts, isApplied, type FieldConflict } from '../conflicts/conflict-merge';
import { connectorSchema, type Connector, type ConnectorPatch } from '../types';

import { connectorQueries, connectorUrl, getConnector } from './connector-queries';
import { connectorPurposes } from './request-purposes';

export type SaveConnectorInput = {
  id: string;
  /** The connector as the form loaded it: the baseline for the stale-write check. */
  original: Connector;
  patch: ConnectorPatch;
  clientRequestId: string;
};

export type SaveConnectorResult = {
  connector: Connector;
  /**
   * The PATCH's own answer: its status and the ids an admin quotes to support. Null when the re-read
   * showed Graph already held every value, so no PATCH was sent.
   */
  response: Omit<GraphResult<Connector>, 'data'> | null;
};

/** Someone changed a field this user also changed, between loading the form and saving it. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    readonly current: Connector,
    readonly conflicts: FieldConflict[],
  ) {
    super('Someone else changed this connector while you were editing it.');
  }
}

/**
 * Re-reads, then PATCHes what Graph does not hold yet. Graph has no ETag on ndesConnector, so the re-read just before the write is the
 * only way to notice another admin's change (graph-contract/README.md).
 */
export async function saveConnector({
  id,
  original,
  patch,
  clientRequestId,
}: SaveConnectorInput): Promise<SaveConnectorResult> {
  const current = await getConnector(id);
  const conflicts = findConflicts(original, current, patch);
  if (conflicts.length > 0) throw new ConflictError(current, conflicts);
  // An earlier attempt whose answer was lost may have gone through: sending it again would write twice.
  if (isApplied(current, patch)) return { connector: current, response: null };

  const { data, ...response } = await graphRequest(connectorUrl(id), {
    method: 'PATCH',
    body: patch,
    schema: connectorSchema,
    clientRequestId,
    purpose: connectorPurposes.save,
  });
  // Intune mostly answers 204 No Content although the docs show 200 with the entity, so re-read.
  // https://learn.microsoft.com/graph/api/intune-raimportcerts-ndesconnector-update?view=graph-rest-beta
  const connector = data ?? (await getConnector(id));
  return { connector, response };
}

export function useSaveConnector() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveConnector,
    onSuccess: async ({ connector }) => {
      queryClient.setQueryData(connectorQueries.detail(connector.id).queryKey, connector);
      queryClient.setQueryData(connectorQueries.list().queryKey, (list) =>
        list?.map((item) => (item.id === connector.id ? connector : item)),
      );
      await queryClient.invalidateQueries({
        queryKey: connectorQueries.list().queryKey,
        refetchType: 'none',
      });
    },
    onError: async (error, { id }) => {
      if (error instanceof ConflictError) {
        queryClient.setQueryData(connectorQueries.detail(error.current.id).queryKey, error.current);
      }
      // Deleted meanwhile: the list must not offer it again. Nothing refetches now, because the edit
      // screen still shows the draft against the cached detail; the next visit reads Graph.
      if (error instanceof GraphError && error.status === 404) {
        queryClient.setQueryData(connectorQueries.list().queryKey, (list) =>
          list?.filter((item) => item.id !== id),
        );
        for (const { queryKey } of [connectorQueries.list(), connectorQueries.detail(id)]) {
          await queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
        }
      }
      // Graph refused the write itself: stop offering edits this session rather than fail every save.
      if (
        error instanceof GraphError &&
        error.status === 403 &&
        error.code !== 'ApprovalRequired'
      ) {
        setAccessMode({
          readOnly: true,
          reason:
            'Read-only: Graph refused a change (403). Your account needs an Intune role that can update connectors (for example Intune Administrator), and the app needs DeviceManagementConfiguration.ReadWrite.All.',
        });
      }
    },
  });
}
