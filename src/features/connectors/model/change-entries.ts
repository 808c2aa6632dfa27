import type { ChangeEntry, ChangeOutcome } from '@/features/change-log/change-log';
import type { ScopeTag } from '@/features/scope-tags/types';
import type { TenantId } from '@/lib/tenant-scope';

import { fieldOf, type Connector, type ConnectorPatch, type EditableField } from './connector';
import { connectorLabel } from './connector-label';
import { formatField } from './format-field';
import { changedFields } from './patch';

/** How one field of a write ended, in the change log's words. */
export type FieldOutcome = { outcome: ChangeOutcome; detail: string | null };

/** What every entry of one write shares: when, where, which connector, and the request it rode on. */
export type WriteContext = {
  at: Date;
  tenantId: TenantId;
  /** The connector as the admin saw it before the write. */
  connector: Connector;
  requestId: string | null;
  clientRequestId: string | null;
  tags?: ScopeTag[];
  /** An id per field, so that a later entry for the same write replaces this one. */
  idOf?: (field: string) => string;
};

function entry(context: WriteContext, field: string, outcome: FieldOutcome) {
  const { at, tenantId, connector, requestId, clientRequestId, idOf } = context;
  return {
    ...(idOf ? { id: idOf(field) } : {}),
    at: at.toISOString(),
    tenantId,
    connectorId: connector.id,
    connectorName: connectorLabel(connector),
    requestId,
    clientRequestId,
    ...outcome,
  };
}

/** The change log's entries for one PATCH: one per field it tried to change. */
export function patchEntries(
  context: WriteContext,
  patch: ConnectorPatch,
  outcomeOf: (field: EditableField) => FieldOutcome,
): ChangeEntry[] {
  const { connector, tags } = context;
  return changedFields(patch).map((field) => ({
    ...entry(context, field, outcomeOf(field)),
    field: fieldOf(field).label,
    oldValue: formatField(field, connector[field], { tags }),
    newValue: formatField(field, patch[field], { tags }),
  }));
}

/** The change log's entry for one DELETE. */
export function deleteEntry(context: WriteContext, outcome: FieldOutcome): ChangeEntry {
  return {
    ...entry(context, 'delete', outcome),
    field: 'Connector',
    oldValue: 'exists',
    newValue: 'deleted',
  };
}
