import { testConnector } from '@/testing/connector-fixture';

import type { BulkResult } from './bulk-outcome';
import { deleteItems, patchItems } from './bulk-requests';
import { LOST_BUT_DONE, NOT_CHECKED, STILL_LISTED, verifyResults } from './verify-results';

const connector = testConnector();
const patch = {
  '@odata.type': '#microsoft.graph.ndesConnector',
  displayName: 'CERT01 NDES',
  state: 'inactive',
} as const;
const [edit] = patchItems([{ connector, patch }]);
const [remove] = deleteItems([{ ...connector, id: 'c2' }]);
if (!edit || !remove) throw new Error('no item');
const saved = (item: BulkResult['item'], note?: string): BulkResult => ({
  item,
  outcome: { kind: 'saved', requestId: 'r-1', ...(note ? { note } : {}) },
});

describe('verifyResults', () => {
  it('keeps a write the read shows as saved', () => {
    const results = verifyResults([saved(edit)], [{ ...connector, ...patch }]);
    expect(results[0]?.outcome).toEqual({ kind: 'saved', requestId: 'r-1' });
  });

  it('calls each field Graph kept "not applied", in the words of the single save', () => {
    const held = { ...connector, displayName: 'CERT01 NDES' };
    const [result] = verifyResults([saved(edit)], [held]);
    expect(result?.outcome).toEqual({
      kind: 'not-applied',
      requestId: 'r-1',
      reason:
        'Graph accepted the change, but State still reads Active (active). Intune may manage this field itself.',
      fields: [
        {
          field: 'state',
          detail:
            'Graph accepted the change, but State still reads Active (active). Intune may manage this field itself.',
        },
      ],
    });
  });

  it('calls a delete whose connector is still listed "not applied"; one gone stays done', () => {
    const still = verifyResults([saved(remove)], [{ ...connector, id: 'c2' }]);
    const gone = verifyResults([saved(remove)], []);
    expect(still[0]?.outcome).toEqual({
      kind: 'not-applied',
      requestId: 'r-1',
      reason: STILL_LISTED,
    });
    expect(gone[0]?.outcome).toEqual({ kind: 'saved', requestId: 'r-1' });
  });

  it('leaves alone what it cannot or need not check', () => {
    const failed: BulkResult = {
      item: edit,
      outcome: { kind: 'failed', requestId: null, reason: 'HTTP 500.' },
    };
    const already = saved(edit, 'Already applied');
    expect(verifyResults([failed, already], [connector]).map(({ outcome }) => outcome)).toEqual([
      failed.outcome,
      already.outcome,
    ]);
  });

  it('settles a write whose answer was lost by what the read after the run shows', () => {
    const lost = (item: BulkResult['item']): BulkResult => ({
      item,
      outcome: { kind: 'failed', requestId: null, reason: 'No answer came.', lost: true },
    });
    const done = { kind: 'saved', requestId: null, note: LOST_BUT_DONE };
    const applied = { ...connector, ...patch };
    expect(verifyResults([lost(edit)], [applied])[0]?.outcome).toEqual(done);
    expect(verifyResults([lost(edit)], [connector])[0]?.outcome).toEqual(lost(edit).outcome);
    expect(verifyResults([lost(remove)], [])[0]?.outcome).toEqual(done);
    const listed = [{ ...connector, id: 'c2' }];
    expect(verifyResults([lost(remove)], listed)[0]?.outcome).toEqual(lost(remove).outcome);
    expect(verifyResults([lost(remove)], null)[0]?.outcome).toEqual(lost(remove).outcome);
  });

  it('marks an accepted write "not checked" when the read after the run failed', () => {
    expect(verifyResults([saved(edit)], null)[0]?.outcome).toEqual({
      kind: 'saved',
      requestId: 'r-1',
      note: NOT_CHECKED,
    });
  });
});
