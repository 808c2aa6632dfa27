import type { ScopeTag } from '@/features/scope-tags/types';
import type { BatchProgress } from '@/lib/graph/batch/batch-types';
import { sendBatches, type SendBatchesOptions } from '@/lib/graph/batch/send-batches';
import { createWritePacer, tenantWritePacer } from '@/lib/graph/batch/write-pacer';
import { isSignInNeeded } from '@/lib/graph/sign-in-needed';
import type { TenantId } from '@/lib/tenant-scope';

import { notDeletedBecause } from '../delete/changed-since';
import { fieldEquals, fieldList, fieldOf, type Connector } from '../model/connector';
import { listConnectors } from '../model/connector-queries';
import { stateLabel } from '../model/graph-values';
import { isApplied } from '../model/patch';
import type { ConnectorList } from '../model/read-connector';
import { connectorPurposes } from '../model/request-purposes';

import { toOutcome, type BulkOutcome, type BulkResult } from './bulk-outcome';
import { BulkPausedError } from './bulk-paused';
import type { BulkItem } from './bulk-requests';
import { verifyResults } from './verify-results';

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
  if (deleting) {
    const reason = notDeletedBecause(item.connector, current);
    return reason ? { kind: 'conflict', reason } : null;
  }
  // A state change is the connector's own doing, so it is said without blaming anyone.
  const changed = WATCHED_FIELDS.filter(
    (key) => key !== 'state' && !fieldEquals(key, item.connector[key], current[key]),
  );
  const reasons = [
    ...(changed.length
      ? [
          `Someone changed ${changed.map((key) => fieldOf(key).label.toLowerCase()).join(', ')} since the preview.`,
        ]
      : []),
    ...(current.state === item.connector.state
      ? []
      : [`Its state changed to ${stateLabel(current.state)} since the preview.`]),
  ];
  return reasons.length ? { kind: 'conflict', reason: reasons.join(' ') } : null;
}

export type BulkApplyOptions = Pick<SendBatchesOptions, 'signal' | 'clock' | 'pacer'> & {
  tenantId: TenantId;
  onProgress?: (progress: BatchProgress) => void;
  /** For the words of a scope tag Graph kept. */
  tags?: ScopeTag[];
  /** As they come: those left out before sending, then each batch's answers (not yet read back). */
  onAnswered?: (results: BulkResult[]) => void;
  /** Results answered before a sign-in paused the run: the read after this run checks them too. */
  verifyAlso?: BulkResult[];
};

/** The results, and the list read after the run (null when it failed or nothing was sent). */
export type BulkRun = { results: BulkResult[]; fresh: ConnectorList | null };

/** The one read after the run: it checks each write and refreshes the caches. */
async function readAfter(tenantId: TenantId): Promise<ConnectorList | null> {
  try {
    // No signal: after Cancel, the batches already sent are still checked.
    return await listConnectors(undefined, tenantId, 'never');
  } catch {
    return null;
  }
}

/**
 * Apply: one list read checks that nobody changed the connectors since the preview (Graph has no
 * ETag here), those changed are left out as conflicts, the rest go through `$batch`. One list read
 * after the run checks that each accepted write holds (Intune answers 204 and may keep its value).
 * No request may leave the page for a sign-in: a token that needs the admin throws BulkPausedError
 * with what was answered and what is still to send.
 */
export async function applyBulk(items: BulkItem[], options: BulkApplyOptions): Promise<BulkRun> {
  const answered = new Map<string, BulkResult>();
  const onAnswered = (results: BulkResult[]) => {
    for (const result of results) answered.set(result.item.request.id, result);
    options.onAnswered?.(results);
  };
  try {
    return await sendAndVerify(items, { ...options, onAnswered });
  } catch (error) {
    if (!isSignInNeeded(error)) throw error;
    const unsent = items.filter((item) => !answered.has(item.request.id));
    throw new BulkPausedError([...answered.values()], unsent, error);
  }
}

async function sendAndVerify(
  items: BulkItem[],
  {
    signal,
    onProgress,
    clock,
    pacer,
    tenantId,
    tags,
    onAnswered,
    verifyAlso = [],
  }: BulkApplyOptions,
): Promise<BulkRun> {
  const current = new Map(
    (await listConnectors(signal, tenantId, 'never')).connectors.map((connector) => [
      connector.id,
      connector,
    ]),
  );
  const checked = items.map((item) => ({
    item,
    outcome: precheck(item, current.get(item.connector.id)),
  }));
  const toSend = checked.filter(({ outcome }) => outcome === null).map(({ item }) => item);
  const leftOut = checked.flatMap(({ item, outcome }) => (outcome ? [{ item, outcome }] : []));
  if (leftOut.length > 0) onAnswered?.(leftOut);
  const sent = new Map(toSend.map((item) => [item.request.id, item]));
  const answers = await sendBatches(
    toSend.map((item) => item.request),
    {
      signal,
      onProgress,
      onSettled: (settled) =>
        onAnswered?.(
          settled.flatMap((answer) => {
            const item = sent.get(answer.id);
            return item ? [{ item, outcome: toOutcome(item, answer) }] : [];
          }),
        ),
      clock,
      // Writes count per tenant across runs; a test's own clock gets its own pacer on that clock.
      pacer: pacer ?? (clock ? createWritePacer(undefined, clock) : tenantWritePacer(tenantId)),
      tenantId,
      interactive: 'never',
      purpose: connectorPurposes.bulk,
    },
  );
  const byId = new Map(answers.map((answer) => [answer.id, answer]));
  const results = checked.map(({ item, outcome }): BulkResult => {
    const answer = byId.get(item.request.id);
    return { item, outcome: outcome ?? (answer ? toOutcome(item, answer) : { kind: 'cancelled' }) };
  });
  const nothingSent = answers.every((answer) => answer.outcome === 'cancelled');
  if (nothingSent && verifyAlso.length === 0) return { results, fresh: null };
  const fresh = await readAfter(tenantId);
  return {
    results: verifyResults([...verifyAlso, ...results], fresh?.connectors ?? null, tags),
    fresh,
  };
}
