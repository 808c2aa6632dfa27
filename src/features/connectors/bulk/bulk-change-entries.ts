import type { ChangeEntry, ChangeOutcome } from '@/features/change-log/change-log';
import type { ScopeTag } from '@/features/scope-tags/types';
import type { TenantId } from '@/lib/tenant-scope';

import { deleteEntry, patchEntries, type FieldOutcome } from '../model/change-entries';

import type { BulkOutcome, BulkResult } from './bulk-outcome';

const LOGGED: Record<Exclude<BulkOutcome['kind'], 'cancelled'>, ChangeOutcome> = {
  saved: 'saved',
  'not-applied': 'not applied',
  throttled: 'not applied (throttled)',
  conflict: 'conflict',
  failed: 'failed',
};

/** The change log's entries for a bulk run: one per field of each connector sent (or left out). */
export function bulkChangeEntries(
  results: BulkResult[],
  {
    at,
    tags,
    tenantId,
    runId,
  }: { at: Date; tags?: ScopeTag[]; tenantId: TenantId; runId?: string },
): ChangeEntry[] {
  return results.flatMap(({ item, outcome }) => {
    // Cancelled requests never left the browser: nothing to log.
    if (outcome.kind === 'cancelled') return [];
    const context = {
      at,
      tenantId,
      tags,
      connector: item.connector,
      requestId: 'requestId' in outcome ? outcome.requestId : null,
      clientRequestId: null,
      // One run's entry for one field of one connector: the same id when the run's read updates it.
      idOf: runId ? (field: string) => `${runId}/${item.connector.id}/${field}` : undefined,
    };
    const logged: FieldOutcome = {
      outcome: LOGGED[outcome.kind],
      detail: 'reason' in outcome ? outcome.reason : (outcome.note ?? null),
    };
    if (item.patch === null) return [deleteEntry(context, logged)];
    // Read back after the run: only the fields Graph kept its own value of are "not applied".
    const kept = outcome.kind === 'not-applied' ? outcome.fields : undefined;
    return patchEntries(context, item.patch, (field) => {
      const held = kept?.find((entry) => entry.field === field);
      if (held) return { ...logged, detail: held.detail };
      return kept ? { outcome: 'saved', detail: null } : logged;
    });
  });
}
