import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer, useRef, useState } from 'react';

import { recordChanges } from '@/features/change-log/change-log';
import { scopeTagQueries } from '@/features/scope-tags/api/scope-tag-queries';
import { useSignInStep } from '@/lib/auth/use-sign-in-step';
import { useInFlightGuard } from '@/lib/router/use-in-flight-guard';
import { useTenantScope } from '@/lib/tenant-scope';

import { applyBulk, type BulkRun } from './apply-bulk';
import { bulkChangeEntries } from './bulk-change-entries';
import type { BulkDeleteState, BulkEditState } from './bulk-flow';
import type { BulkResult } from './bulk-outcome';
import { BulkPausedError } from './bulk-paused';
import type { BulkItem } from './bulk-requests';
import type { RunEvent } from './bulk-run-flow';
import { refreshCaches } from './refresh-caches';

/**
 * A bulk dialog's flow. Entering `running` starts Apply (once, under StrictMode too); a cancelling
 * run aborts the batches not yet sent. Progress and the outcome come back as events. A token that
 * needs the admin pauses the run (`paused`), and the sign-in it asks for starts from that step.
 */
export function useBulkFlow<S extends BulkEditState | BulkDeleteState, E, I>(
  reducer: (state: S, event: E | RunEvent) => S,
  initialArg: I,
  init: (arg: I) => S,
) {
  const queryClient = useQueryClient();
  // The tenant the dialog opened in: a run never follows the page to another tenant.
  const [scope] = useState(useTenantScope());
  const { tenantId } = scope;
  const [state, dispatch] = useReducer(reducer, initialArg, init);
  // The run under way: only its events reach the flow.
  const active = useRef<AbortController | null>(null);
  // One run's change log entries, kept across a sign-in pause so its read after updates them (by id).
  const runLog = useRef<{ at: Date; runId: string } | null>(null);
  useInFlightGuard(
    state.step === 'running' || state.step === 'paused',
    'A bulk change that is still being applied',
  );
  useSignInStep(state.step === 'paused' ? state.signIn : null, scope, dispatch);

  useEffect(() => {
    if (state.step !== 'running') return;
    if (active.current) {
      if (state.cancelling) active.current.abort();
      return;
    }
    const abort = new AbortController();
    active.current = abort;
    if (!state.resumed || !runLog.current) {
      runLog.current = { at: new Date(), runId: crypto.randomUUID() };
    }
    const send = (event: RunEvent, last = false) => {
      if (active.current !== abort) return;
      if (last) active.current = null;
      dispatch(event);
    };
    // The change log and the caches follow the `finished` event, and nothing else.
    const tags = queryClient.getQueryData(scopeTagQueries.list(tenantId).queryKey);
    // Logged as each batch answers, so a reload or a crash mid-run keeps what was applied; the read
    // after the run then updates the same entries (by id).
    const log = { ...runLog.current, tags, tenantId };
    const record = (results: BulkResult[]) => recordChanges(bulkChangeEntries(results, log));
    const finished = ({ results, fresh }: BulkRun) => {
      send({ type: 'finished', results }, true);
      record(results);
      void refreshCaches(queryClient, results, tenantId, fresh);
    };
    applyBulk(state.items, {
      signal: abort.signal,
      tenantId,
      tags,
      verifyAlso: state.resumed ? answeredBefore(state.previous, state.items) : [],
      onAnswered: record,
      onProgress: (progress) => send({ type: 'progress', progress }),
    }).then(finished, (error: unknown) => send(failedEvent(error, abort.signal), true));
  }, [state, queryClient, tenantId]);

  return { state, dispatch };
}

/** The results a paused run had before it went on: all but those of the items it sends now. */
function answeredBefore(previous: BulkResult[], items: BulkItem[]): BulkResult[] {
  const sending = new Set(items.map((item) => item.connector.id));
  return previous.filter((result) => !sending.has(result.item.connector.id));
}

function failedEvent(error: unknown, signal: AbortSignal): RunEvent {
  if (signal.aborted) return { type: 'cancelled' };
  if (error instanceof BulkPausedError) {
    return { type: 'paused', results: error.results, unsent: error.unsent };
  }
  return { type: 'failed', error };
}
