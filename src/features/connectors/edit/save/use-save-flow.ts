import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import { useTenantScope } from '@/lib/tenant-scope';

import type { Connector } from '../../model/connector';

import { performSave } from './perform-save';
import { initialSaveState, saveFlowReducer, type SaveEvent, type SaveState } from './save-flow';

export type SaveDispatch = (event: SaveEvent) => {
  next: SaveState;
  /** When the event started a save: how the flow stands once Graph has answered. */
  settled: Promise<SaveState> | null;
};

/** The save flow for one connector in a component: the reducer's state, and a dispatch that saves. */
export function useSaveFlow(connector: Connector) {
  const queryClient = useQueryClient();
  const { tenantId } = useTenantScope();
  const [state, setState] = useState(() => initialSaveState(connector));
  const latest = useRef(state);

  const apply = useCallback((event: SaveEvent) => {
    const next = saveFlowReducer(latest.current, event);
    latest.current = next;
    setState(next);
    return next;
  }, []);

  const dispatch = useCallback<SaveDispatch>(
    (event) => {
      const previous = latest.current;
      const next = apply(event);
      // Only the step into sending starts a save: closing the review while sending must not resend.
      const starts = next.step === 'sending' && previous.step !== 'sending';
      const settled = starts
        ? performSave({ ...next.input, tenantId }, { queryClient }).then((outcome) =>
            apply(outcome),
          )
        : null;
      return { next, settled };
    },
    [apply, queryClient, tenantId],
  );

  return { state, dispatch };
}
