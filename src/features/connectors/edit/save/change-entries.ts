import type { ChangeEntry, ChangeOutcome } from '@/features/change-log/change-log';
import type { ScopeTag } from '@/features/scope-tags/types';
import { explainError } from '@/lib/graph/explain-error';

import { patchEntries, type FieldOutcome } from '../../model/change-entries';
import type { EditableField } from '../../model/connector';
import { formatField } from '../../model/format-field';
import { notAppliedText } from '../../model/not-applied-text';

import type { TenantSaveInput } from './save-connector';
import type { SaveOutcome } from './save-outcome';

type Ids = Pick<ChangeEntry, 'requestId' | 'clientRequestId'>;

/** Each field's outcome, and the ids of the request it rode on. */
function readOutcome(
  outcome: SaveOutcome,
  input: TenantSaveInput,
  tags: ScopeTag[] | undefined,
): { ids: Ids; of: (field: EditableField) => FieldOutcome } {
  const sentIds: Ids = { requestId: null, clientRequestId: input.clientRequestId };
  switch (outcome.type) {
    case 'saved':
    case 'not-applied': {
      const { connector, response, notApplied } = outcome.result;
      const ids = response ?? sentIds;
      const alreadyApplied =
        response === null ? 'Graph already held it: nothing was sent again.' : null;
      return {
        ids: { requestId: ids.requestId, clientRequestId: ids.clientRequestId },
        of: (field) =>
          notApplied.includes(field)
            ? { outcome: 'not applied', detail: notAppliedText(field, connector, tags) }
            : { outcome: 'saved', detail: alreadyApplied },
      };
    }
    case 'conflict':
      return {
        ids: sentIds,
        of: (field) => {
          const conflict = outcome.conflicts.find((candidate) => candidate.field === field);
          const detail = conflict
            ? `Someone else changed it meanwhile to ${formatField(field, conflict.theirs, { tags })}.`
            : 'Not sent: another field conflicted.';
          return { outcome: 'conflict', detail };
        },
      };
    case 'failed':
    case 'maybe-applied': {
      const { title, requestId, clientRequestId } = explainError(outcome.error);
      const result: ChangeOutcome = outcome.type === 'failed' ? 'failed' : 'may have been applied';
      return {
        ids: { requestId, clientRequestId: clientRequestId ?? input.clientRequestId },
        of: () => ({ outcome: result, detail: title }),
      };
    }
  }
}

/** The change log's entries for one save: one per field it tried to change. */
export function changeEntries(
  input: TenantSaveInput,
  outcome: SaveOutcome,
  { at, tags }: { at: Date; tags?: ScopeTag[] },
): ChangeEntry[] {
  const { ids, of } = readOutcome(outcome, input, tags);
  const context = { at, tenantId: input.tenantId, connector: input.original, tags, ...ids };
  return patchEntries(context, input.patch, of);
}
