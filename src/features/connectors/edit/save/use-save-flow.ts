import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useReducer, useRef } from 'react';

import { useTenantScope } from '@/lib/tenant-scope';

import type { Connector } from '../../model/connector';

import { performSave } from './perform-save';
import type { SaveConnectorInput } from './save-connector';
import { initialSaveState, saveFlowReducer, settle, type SaveStateAt } from './save-flow';
import type { SaveOutcome } from './save-outcome';

/** What follows a save: each is called once, when the flow enters its step. */
export type SaveHandlers = {
  onSaved: (state: SaveStateAt<'saved'>) => void;
  onFailed: (state: SaveStateAt<'failed'>) => void;
};

/** The save flow for one connector: the reducer's state, and one save for each entry into `sending`. */
export function useSaveFlow(connector: Connector, { onSaved, onFailed }: SaveHandlers) {
  const queryClient = useQueryClient();
  const { tenantId } = useTenantScope();
  const [state, dispatch] = useReducer(saveFlowReducer, connector, initialSaveState);
  // StrictMode runs an effect twice: the input whose save went out, so that it goes out once.
  const started = useRef<SaveConnectorInput | null>(null);

  const answer = useEffectEvent((input: SaveConnectorInput, outcome: SaveOutcome) => {
    dispatch(outcome);
    // A stale answer (the flow has moved on) is ignored by the reducer, and follows with nothing here.
    if (state.step !== 'sending' || state.input !== input) return;
    const next = settle(state, outcome);
    if (next.step === 'saved') onSaved(next);
    if (next.step === 'failed') onFailed(next);
  });

  // Keyed on the input, not the state: hiding the review while Graph is slow must not send again.
  const input = state.step === 'sending' ? state.input : null;
  useEffect(() => {
    if (!input || started.current === input) return;
    started.current = input;
    void performSave({ ...input, tenantId }, { queryClient }).then((outcome) =>
      answer(input, outcome),
    );
  }, [input, queryClient, tenantId]);

  return { state, dispatch };
}
