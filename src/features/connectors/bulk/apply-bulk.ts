import type { BatchProgress } from '@/lib/graph/batch/batch-types';
import { sendBatches, type SendBatchesOptions } from '@/lib/graph/batch/send-batches';
import { createWritePacer, tenantWritePacer } from '@/lib/graph/batch/write-pacer';

import { fieldEquals, fieldList, fieldOf, type Connector } from '../model/connector';
import { listConnectors } from '../model/connector-queries';
import { isApplied } from '../model/patch';
import { connectorPurposes } from '../model/request-purposes';

import { toOutcome, type BulkOutcome, type BulkResult } from './bulk-outcome';
import type { BulkItem } from './bulk-requests';

// What an admin may have changed since the preview: every writable field but those the connector
// rewrites itself (the last connection changes with every heartbeat, so every connector would look
// changed by someone else).
const WATCHED_FIELDS = fieldList
  .filter((field) => field.access !== 'read-only' && !field.selfUpdating)
  .map(({ key }) => key);

/** Before sending: what the one list read says about an item, or null when it should be sent. */
function precheck(item: BulkItem, current: Connector | undefined): BulkOutcome | null {
  const deleting = item.patch === null;
  if (!current) {
    return deleting
      ? { kind: 'saved', requestId: null, note: 'Already gone' }
      : { kind: 'conflict', reason: 'Someone deleted it since the preview.' };
  }
  // A retry after a lost answer: Graph already holds the change, so it is not sent twice.
  if (item.patch && isApplied(current, item.patch)) {
    return { kind: 'saved', requestId: null, note: 'Already applied' };
  }
  const changed = WATCHED_FIELDS.filter(
    (key) => !fieldEquals(key, item.connector[key], current[key]),
  );
  if (changed.length === 0) return null;
  return {
    kind: 'conflict',
    reason: `Someone changed ${changed.map((key) => fieldOf(key).label.toLowerCase()).join(', ')} since the preview.`,
  };
}

export type BulkApplyOptions = Pick<
  SendBatchesOptions,
  'signal' | 'clock' | 'pacer' | 'tenantId'
> & {
  onProgress?: (progress: BatchProgress) => void;
};

/**
 * Apply: one list read checks that nobody changed the connectors since the preview (Graph has no
 * ETag here), those changed are left out as conflicts, the rest go through `$batch`.
 */
export async function applyBulk(
  items: BulkItem[],
  { signal, onProgress, clock, pacer, tenantId }: BulkApplyOptions = {},
): Promise<BulkResult[]> {
  const current = new Map(
    (await listConnectors(signal, tenantId)).connectors.map((connector) => [
      connector.id,
      connector,
    ]),
  );
  const checked = items.map((item) => ({
    item,
    outcome: precheck(item, current.get(item.connector.id)),
  }));
  const toSend = checked.filter(({ outcome }) => outcome === null).map(({ item }) => item);
  const answers = await sendBatches(
    toSend.map((item) => item.request),
    {
      signal,
      onProgress,
      clock,
      // Writes count per tenant across runs; a test's own clock gets its own pacer on that clock.
      pacer: pacer ?? (clock ? createWritePacer(undefined, clock) : tenantWritePacer(tenantId)),
      tenantId,
      purpose: connectorPurposes.bulk,
    },
  );
  const byId = new Map(answers.map((answer) => [answer.id, answer]));
  return checked.map(({ item, outcome }) => {
    const answer = byId.get(item.request.id);
    return { item, outcome: outcome ?? (answer ? toOutcome(item, answer) : { kind: 'cancelled' }) };
  });
}
