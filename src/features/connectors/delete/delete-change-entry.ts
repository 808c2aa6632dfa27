import type { ChangeEntry } from '@/features/change-log/change-log';
import { explainError } from '@/lib/graph/explain-error';
import type { GraphRequestIds } from '@/lib/graph/graph-error';
import type { TenantId } from '@/lib/tenant-scope';

import { deleteEntry } from '../model/change-entries';
import type { Connector } from '../model/connector';

import type { DeleteOutcome } from './delete-connector';

export const LOST_THEN_GONE = 'The answer was lost; reading it again found it gone.';
export const LOST_STILL_THERE =
  'The answer was lost; reading it again found it still there, so it was not deleted.';
export const LOST_UNCHECKED =
  'The answer was lost, and reading it again failed too: it may or may not be deleted.';

type Logged = Pick<ChangeEntry, 'outcome' | 'detail' | 'requestId' | 'clientRequestId'>;

const withIds = ({ requestId, clientRequestId }: GraphRequestIds) => ({
  requestId,
  clientRequestId,
});
const noIds = { requestId: null, clientRequestId: null };

function logged(outcome: Exclude<DeleteOutcome, { type: 'sign-in-needed' }>): Logged {
  switch (outcome.type) {
    case 'deleted':
      return {
        outcome: 'saved',
        detail: outcome.confirmedByRead ? LOST_THEN_GONE : null,
        ...withIds(outcome.ids),
      };
    case 'already-gone':
      return { outcome: 'saved', detail: 'Already gone', ...withIds(outcome.ids) };
    case 'changed':
      return { outcome: 'conflict', detail: outcome.reason, ...noIds };
    case 'failed': {
      const explained = explainError(outcome.error);
      return { outcome: 'failed', detail: explained.title, ...withIds(explained) };
    }
    case 'still-there':
      return {
        outcome: 'failed',
        detail: LOST_STILL_THERE,
        ...withIds(explainError(outcome.error)),
      };
    case 'unconfirmed':
      return {
        outcome: 'may have been applied',
        detail: LOST_UNCHECKED,
        ...withIds(explainError(outcome.error)),
      };
  }
}

/**
 * The change log's entries for one connector's delete, in the words a bulk delete logs it with: none
 * when it paused for sign-in before anything was sent.
 */
export function deleteChangeEntries(
  connector: Connector,
  tenantId: TenantId,
  outcome: DeleteOutcome,
  at = new Date(),
): ChangeEntry[] {
  if (outcome.type === 'sign-in-needed') return [];
  const { requestId, clientRequestId, ...fieldOutcome } = logged(outcome);
  return [deleteEntry({ at, tenantId, connector, requestId, clientRequestId }, fieldOutcome)];
}
