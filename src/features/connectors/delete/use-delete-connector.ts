import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import { recordChanges } from '@/features/change-log/change-log';
import { useSignInStep } from '@/lib/auth/use-sign-in-step';
import { useInFlightGuard } from '@/lib/router/use-in-flight-guard';
import { notify } from '@/lib/state/notifications';
import { useScopedPaths, useTenantScope } from '@/lib/tenant-scope';

import type { Connector } from '../model/connector';
import { dropDetail } from '../model/connector-cache';
import { connectorLabel } from '../model/connector-label';

import { deleteChangeEntries } from './delete-change-entry';
import { performDelete, recheckDeleted, type DeleteOutcome } from './delete-connector';
import { deleteFlow, type DeleteState } from './delete-flow';
import { goneMessage } from './gone-message';

/** The delete flow of one connector page: the requests start from its steps, and so does the way out. */
export function useDeleteConnector(connector: Connector) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const scope = useTenantScope();
  const { tenantId } = scope;
  const { connectors: listPath } = useScopedPaths();
  const [state, dispatch] = useReducer(deleteFlow, { step: 'closed' });
  const [wasOpened, setWasOpened] = useState(false);
  // The step whose effects have run: StrictMode runs an effect twice, and a DELETE must go once.
  const entered = useRef<DeleteState | null>(null);
  // The connector as the page showed it when the dialog opened: the read before sending compares with it.
  const shown = useRef(connector);
  const { id } = connector;
  const label = connectorLabel(connector);
  useInFlightGuard(
    state.step === 'deleting' || state.step === 'checking' || state.step === 'paused',
    `The delete of ${label}, still under way`,
  );
  useSignInStep(state.step === 'paused' ? state.signIn : null, scope, dispatch);

  useEffect(() => {
    if (entered.current === state) return;
    entered.current = state;
    const target = { id, tenantId };
    // An answer counts only while the flow is still in the step that asked.
    const answer = (outcome: DeleteOutcome) => {
      // Logged whether or not the flow still waits: the request went out either way.
      recordChanges(deleteChangeEntries(shown.current, tenantId, outcome));
      if (entered.current === state) dispatch(outcome);
    };
    switch (state.step) {
      case 'deleting':
        void performDelete(queryClient, target, state.seen ?? shown.current).then(answer);
        return;
      case 'checking':
        void recheckDeleted(queryClient, target, state.error).then(answer);
        return;
      case 'gone': {
        notify(state.how === 'already-gone' ? 'info' : 'success', goneMessage(label, state));
        const leave = async () => {
          await navigate(listPath);
          dropDetail(queryClient, tenantId, id);
        };
        void leave();
        return;
      }
    }
  }, [state, id, tenantId, label, queryClient, navigate, listPath]);

  return {
    state,
    wasOpened,
    open: () => {
      shown.current = connector;
      setWasOpened(true);
      dispatch({ type: 'open' });
    },
    cancel: () => dispatch({ type: 'cancel' }),
    confirm: () => dispatch({ type: 'confirm' }),
    recheck: () => dispatch({ type: 'recheck' }),
    dispatch,
  };
}

export type DeleteConnectorControls = ReturnType<typeof useDeleteConnector>;
