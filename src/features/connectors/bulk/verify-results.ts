import type { ScopeTag } from '@/features/scope-tags/types';

import type { Connector } from '../model/connector';
import { notAppliedText } from '../model/not-applied-text';
import { unappliedFields } from '../model/patch';

import type { BulkOutcome, BulkResult } from './bulk-outcome';

export const NOT_CHECKED = 'Not checked: the read after the run failed.';
export const STILL_LISTED = 'Graph accepted the delete, but the connector is still listed.';
export const LOST_BUT_DONE = 'The answer was lost; the read after the run shows it done.';

/** A write whose answer was lost: done if the read after the run shows it, else as it was. */
function settleLost(result: BulkResult, current: Connector | undefined): BulkOutcome {
  const { item, outcome } = result;
  const done =
    item.patch === null
      ? current === undefined
      : current !== undefined && unappliedFields(current, item.patch).length === 0;
  return done ? { kind: 'saved', requestId: null, note: LOST_BUT_DONE } : outcome;
}

/** One write Graph accepted, held against what the read after the run shows. */
function verify(
  { item, outcome }: BulkResult,
  current: Connector | undefined,
  tags: ScopeTag[] | undefined,
): BulkOutcome {
  if (outcome.kind === 'failed' && outcome.lost) return settleLost({ item, outcome }, current);
  // Only a write Graph said yes to is checked; one found already applied before sending was read already.
  if (outcome.kind !== 'saved' || outcome.note !== undefined) return outcome;
  const { requestId } = outcome;
  if (item.patch === null) {
    return current ? { kind: 'not-applied', requestId, reason: STILL_LISTED } : outcome;
  }
  // A connector gone since its PATCH was accepted: nothing left to compare with.
  if (!current) return outcome;
  const fields = unappliedFields(current, item.patch).map((field) => ({
    field,
    detail: notAppliedText(field, current, tags),
  }));
  if (fields.length === 0) return outcome;
  return {
    kind: 'not-applied',
    requestId,
    reason: fields.map(({ detail }) => detail).join(' '),
    fields,
  };
}

/**
 * A bulk run's results after the one list read that follows it: a write Graph answered 2xx but whose
 * value did not change is "Not applied", as in the single save. `fresh` null: the read failed.
 */
export function verifyResults(
  results: BulkResult[],
  fresh: Connector[] | null,
  tags?: ScopeTag[],
): BulkResult[] {
  if (fresh === null) {
    return results.map((result) =>
      result.outcome.kind === 'saved' && result.outcome.note === undefined
        ? { ...result, outcome: { ...result.outcome, note: NOT_CHECKED } }
        : result,
    );
  }
  const byId = new Map(fresh.map((connector) => [connector.id, connector]));
  return results.map((result) => ({
    ...result,
    outcome: verify(result, byId.get(result.item.connector.id), tags),
  }));
}
