import { useMutation, useQueryClient } from '@tanstack/react-query';

import { setAccessMode } from '@/lib/auth/access-mode';
import { graphRequest, type GraphResult } from '@/lib/graph/graph-client';
import { GraphError } from '@/lib/graph/graph-error';

import { connectorSchema, type Connector, type ConnectorPatch } from '../types';

import { connectorQueries, connectorUrl, getConnector } from './connector-queries';

export type UpdateConnectorResult = {
  connector: Connector;
  /** The PATCH's own answer: its status and the ids an admin quotes to support. */
  response: Omit<GraphResult<Connector>, 'data'>;
};

export async function updateConnector({
  id,
  patch,
}: {
  id: string;
  patch: ConnectorPatch;
}): Promise<UpdateConnectorResult> {
  const { data, ...response } = await graphRequest(connectorUrl(id), {
    method: 'PATCH',
    body: patch,
    schema: connectorSchema,
  });
  // Intune mostly answers 204 No Content although the docs show 200 with the entity, so re-read.
  // https://learn.microsoft.com/graph/api/intune-raimportcerts-ndesconnector-update?view=graph-rest-beta
  const connector = data ?? (await getConnector(id));
  return { connector, response };
}

export function useUpdateConnector() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateConnector,
    onError: (error) => {
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
  });
}
