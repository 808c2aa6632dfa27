import type { BatchItemResult } from '@/lib/graph/batch/batch-types';
import { odataErrorSchema, unwrapIntuneMessage } from '@/lib/graph/graph-error';

import type { EditableField } from '../model/connector';

import type { BulkItem } from './bulk-requests';

export type BulkOutcome =
  | { kind: 'saved'; requestId: string | null; note?: string }
  | {
      kind: 'not-applied';
      requestId: string | null;
      reason: string;
      /** Accepted but, read back, still another value: each such field in the single save's words. */
      fields?: { field: EditableField; detail: string }[];
    }
  /** Throttled on every attempt: Graph did not process it. */
  | { kind: 'throttled'; requestId: string | null; reason: string }
  | { kind: 'conflict'; reason: string }
  /** `lost`: sent, but no answer came, so Graph may have applied it (the read after the run tells). */
  | { kind: 'failed'; requestId: string | null; reason: string; lost?: true }
  | { kind: 'cancelled' };

export type BulkResult = { item: BulkItem; outcome: BulkOutcome };

export const OUTCOME_LABELS: Record<BulkOutcome['kind'], string> = {
  saved: 'Saved',
  'not-applied': 'Not applied',
  throttled: 'Not applied (throttled)',
  conflict: 'Conflict',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** Worth sending again: Graph refused or did not answer. Conflicts and cancelled ones are the admin's call. */
export const isRetryable = (outcome: BulkOutcome) =>
  outcome.kind === 'failed' || outcome.kind === 'not-applied' || outcome.kind === 'throttled';

function errorText(status: number, body: unknown): string {
  const envelope = odataErrorSchema.safeParse(body);
  if (!envelope.success) return `Graph answered HTTP ${status}.`;
  return `Graph answered HTTP ${status} (${envelope.data.error.code}): ${unwrapIntuneMessage(envelope.data.error.message)}`;
}

/** One inner answer, in the words of the results table. */
export function toOutcome(item: BulkItem, result: BatchItemResult): BulkOutcome {
  switch (result.outcome) {
    case 'cancelled':
      return { kind: 'cancelled' };
    case 'throttled':
      return {
        kind: 'throttled',
        requestId: result.requestId,
        reason: `Graph throttled it ${result.attempts} times; it was not processed.`,
      };
    case 'unanswered':
      return {
        kind: 'failed',
        requestId: null,
        reason: `${result.error instanceof Error ? result.error.message : 'No answer came.'} Retry checks the connector first.`,
        lost: true,
      };
    case 'answered': {
      const { status, requestId } = result;
      if (status >= 200 && status < 300) return { kind: 'saved', requestId };
      if (status === 404 && item.request.method === 'DELETE') {
        return { kind: 'saved', requestId, note: 'Already gone' };
      }
      if (status === 404)
        return { kind: 'failed', requestId, reason: 'It no longer exists in the tenant.' };
      return { kind: 'failed', requestId, reason: errorText(status, result.body) };
    }
  }
}
