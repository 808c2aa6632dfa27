import { useQueryClient } from '@tanstack/react-query';
import { useReducer, useState } from 'react';
import { useNavigate } from 'react-router';

import { notify } from '@/lib/state/notifications';
import { useScopedPaths, useTenantScope } from '@/lib/tenant-scope';

import type { Connector } from '../model/connector';
import { connectorLabel } from '../model/connector-label';
import { connectorQueries } from '../model/connector-queries';

import { performDelete, recheckDeleted, type DeleteOutcome } from './delete-connector';
import { canConfirm, deleteFlow } from './delete-flow';

function goneMessage(label: string, outcome: DeleteOutcome): string | null {
  if (outcome.type !== 'deleted' && outcome.type !== 'already-gone') return null;
  const id = outcome.ids.requestId ? ` request-id: ${outcome.ids.requestId}` : '';
  if (outcome.type === 'already-gone') return `“${label}” was already gone from the tenant.${id}`;
  return outcome.confirmedByRead
    ? `Deleted “${label}”: the answer was lost, and reading it again found nothing.${id}`
    : `Deleted “${label}”.${id}`;
}

/** The delete flow of one connector page: dialog state, the request, the toast, and the way out. */
export function useDeleteConnector(connector: Connector) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { tenantId } = useTenantScope();
  const paths = useScopedPaths();
  const target = { id: connector.id, tenantId };
  const [state, dispatch] = useReducer(deleteFlow, { step: 'closed' });
  const [wasOpened, setWasOpened] = useState(false);

  const settle = async (outcome: DeleteOutcome) => {
    dispatch(outcome);
    const message = goneMessage(connectorLabel(connector), outcome);
    if (!message) return;
    notify(outcome.type === 'already-gone' ? 'info' : 'success', message);
    await navigate(paths.connectors);
    queryClient.removeQueries({
      queryKey: connectorQueries.detail(tenantId, connector.id).queryKey,
    });
  };

  return {
    state,
    wasOpened,
    open: () => {
      setWasOpened(true);
      dispatch({ type: 'open' });
    },
    cancel: () => dispatch({ type: 'cancel' }),
    confirm: () => {
      if (!canConfirm(state)) return;
      dispatch({ type: 'confirm' });
      void performDelete(queryClient, target).then(settle);
    },
    recheck: () => {
      if (state.step !== 'unconfirmed') return;
      dispatch({ type: 'recheck' });
      void recheckDeleted(queryClient, target, state.error).then(settle);
    },
  };
}

export type DeleteConnectorControls = ReturnType<typeof useDeleteConnector>;
