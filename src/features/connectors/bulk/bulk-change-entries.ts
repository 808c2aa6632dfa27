import type { ChangeEntry, ChangeOutcome } from '@/features/change-log/change-log';
import type { ScopeTag } from '@/features/scope-tags/types';
import type { TenantId } from '@/lib/tenant-scope';

import { fieldOf } from '../model/connector';
import { connectorLabel } from '../model/connector-label';
import { formatField } from '../model/format-field';
import { changedFields } from '../model/patch';

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
    // One run's entry for one field of one connector: the same id when the run's read updates it.
    const idOf = (field: string) => (runId ? { id: `${runId}/${item.connector.id}/${field}` } : {});
    const common = {
      at: at.toISOString(),
      tenantId,
      connectorId: item.connector.id,
      connectorName: connectorLabel(item.connector),
      outcome: LOGGED[outcome.kind],
      detail: 'reason' in outcome ? outcome.reason : (outcome.note ?? null),
      requestId: 'requestId' in outcome ? outcome.requestId : null,
      clientRequestId: null,
    };
    const { patch } = item;
    if (patch === null) {
      return [
        {
          ...idOf('delete'),
          ...common,
          field: 'Connector',
          oldValue: 'exists',
          newValue: 'deleted',
        },
      ];
    }
    // Read back after the run: only the fields Graph kept its own value of are "not applied".
    const kept = outcome.kind === 'not-applied' ? outcome.fields : undefined;
    return changedFields(patch).map((field) => {
      const held = kept?.find((entry) => entry.field === field);
      return {
        ...idOf(field),
        ...common,
        field: fieldOf(field).label,
        oldValue: formatField(field, item.connector[field], { tags }),
        newValue: formatField(field, patch[field], { tags }),
        ...(kept && !held ? { outcome: 'saved' as const, detail: null } : {}),
        ...(held ? { detail: held.detail } : {}),
      };
    });
  });
}
