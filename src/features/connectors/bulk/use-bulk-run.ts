import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';

import { recordChanges } from '@/features/change-log/change-log';
import { scopeTagQueries } from '@/features/scope-tags/api/scope-tag-queries';
import type { BatchProgress } from '@/lib/graph/batch/batch-types';
import { useTenantScope } from '@/lib/tenant-scope';

import { applyBulk } from './apply-bulk';
import { bulkChangeEntries } from './bulk-change-entries';
import { isRetryable, type BulkResult } from './bulk-outcome';
import type { BulkItem } from './bulk-requests';
import { refreshCaches } from './refresh-caches';

export type BulkRunState =
  | { step: 'ready' }
  | { step: 'running'; progress: BatchProgress | null; cancelling: boolean }
  | { step: 'done'; results: BulkResult[] }
  /** The list read before sending failed: nothing was sent; `previous` holds a retried run's results. */
  | { step: 'error'; error: unknown; previous: BulkResult[] };

/** A retry's results replace those of the same connectors; the others stay as they were. */
export function mergeResults(previous: BulkResult[], retried: BulkResult[]): BulkResult[] {
  if (previous.length === 0) return retried;
  const byConnector = new Map(retried.map((result) => [result.item.connector.id, result]));
  return previous.map((result) => byConnector.get(result.item.connector.id) ?? result);
}

/** Runs Apply (or Retry failed) and holds its progress and results; Cancel stops batches not yet sent. */
export function useBulkRun() {
  const queryClient = useQueryClient();
  const { tenantId } = useTenantScope();
  const [state, setState] = useState<BulkRunState>({ step: 'ready' });
  const controller = useRef<AbortController | null>(null);

  const run = async (items: BulkItem[], previous: BulkResult[] = []) => {
    const abort = new AbortController();
    const startedAt = new Date();
    controller.current = abort;
    setState({ step: 'running', progress: null, cancelling: false });
    try {
      const results = await applyBulk(items, {
        signal: abort.signal,
        tenantId,
        onProgress: (progress) =>
          setState((current) => (current.step === 'running' ? { ...current, progress } : current)),
      });
      recordChanges(
        bulkChangeEntries(results, {
          at: startedAt,
          tags: queryClient.getQueryData(scopeTagQueries.list(tenantId).queryKey),
          tenantId,
        }),
      );
      setState({ step: 'done', results: mergeResults(previous, results) });
      await refreshCaches(queryClient, results, tenantId);
    } catch (error) {
      if (abort.signal.aborted) {
        const cancelled = items.map((item) => ({ item, outcome: { kind: 'cancelled' as const } }));
        setState({ step: 'done', results: mergeResults(previous, cancelled) });
      } else setState({ step: 'error', error, previous });
    }
  };

  return {
    state,
    apply: (items: BulkItem[]) => void run(items),
    cancel: () => {
      controller.current?.abort();
      setState((current) =>
        current.step === 'running' ? { ...current, cancelling: true } : current,
      );
    },
    retryFailed: () => {
      if (state.step !== 'done') return;
      const failed = state.results
        .filter(({ outcome }) => isRetryable(outcome))
        .map(({ item }) => item);
      void run(failed, state.results);
    },
    /** After a failed check: back to the results of a retried run, or to the choices before Apply. */
    back: () => {
      if (state.step !== 'error') return;
      setState(
        state.previous.length ? { step: 'done', results: state.previous } : { step: 'ready' },
      );
    },
  };
}
