import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer, useRef } from 'react';

import { recordChanges } from '@/features/change-log/change-log';
import { scopeTagQueries } from '@/features/scope-tags/api/scope-tag-queries';
import { useTenantScope } from '@/lib/tenant-scope';

import { applyBulk } from './apply-bulk';
import { bulkChangeEntries } from './bulk-change-entries';
import type { BulkDeleteState, BulkEditState } from './bulk-flow';
import type { BulkResult } from './bulk-outcome';
import type { RunEvent } from './bulk-run-flow';
import { refreshCaches } from './refresh-caches';

/**
 * A bulk dialog's flow. Entering `running` starts Apply (once, under StrictMode too); a cancelling
 * run aborts the batches not yet sent. Progress and the outcome come back as events.
 */
export function useBulkFlow<S extends BulkEditState | BulkDeleteState, E, I>(
  reducer: (state: S, event: E | RunEvent) => S,
  initialArg: I,
  init: (arg: I) => S,
) {
  const queryClient = useQueryClient();
  const { tenantId } = useTenantScope();
  const [state, dispatch] = useReducer(reducer, initialArg, init);
  // The run under way: only its events reach the flow.
  const active = useRef<AbortController | null>(null);

  useEffect(() => {
    if (state.step !== 'running') return;
    if (active.current) {
      if (state.cancelling) active.current.abort();
      return;
    }
    const abort = new AbortController();
    active.current = abort;
    const startedAt = new Date();
    const send = (event: RunEvent, last = false) => {
      if (active.current !== abort) return;
      if (last) active.current = null;
      dispatch(event);
    };
    // The change log and the caches follow the `finished` event, and nothing else.
    const finished = (results: BulkResult[]) => {
      send({ type: 'finished', results }, true);
      const tags = queryClient.getQueryData(scopeTagQueries.list(tenantId).queryKey);
      recordChanges(bulkChangeEntries(results, { at: startedAt, tags, tenantId }));
      void refreshCaches(queryClient, results, tenantId);
    };
    applyBulk(state.items, {
      signal: abort.signal,
      tenantId,
      onProgress: (progress) => send({ type: 'progress', progress }),
    }).then(finished, (error: unknown) =>
      send(abort.signal.aborted ? { type: 'cancelled' } : { type: 'failed', error }, true),
    );
  }, [state, queryClient, tenantId]);

  return { state, dispatch };
}
