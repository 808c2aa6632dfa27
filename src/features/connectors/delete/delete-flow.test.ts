import { canConfirm, deleteFlow, type DeleteState } from './delete-flow';

const ids = { requestId: 'r', clientRequestId: 'c', date: null };
const lost = new Error('lost');

it('sends nothing before confirmation, and cancelling closes', () => {
  const confirming = deleteFlow({ step: 'closed' }, { type: 'open' });
  expect(confirming).toEqual({ step: 'confirming' });
  expect(deleteFlow(confirming, { type: 'cancel' })).toEqual({ step: 'closed' });
  expect(deleteFlow({ step: 'closed' }, { type: 'confirm' })).toEqual({ step: 'closed' });
  expect(deleteFlow(confirming, { type: 'confirm' })).toEqual({ step: 'deleting' });
});

it('cannot be cancelled or confirmed twice while the request is out', () => {
  const deleting: DeleteState = { step: 'deleting' };
  expect(deleteFlow(deleting, { type: 'cancel' })).toBe(deleting);
  expect(deleteFlow(deleting, { type: 'confirm' })).toBe(deleting);
  expect(canConfirm(deleting)).toBe(false);
});

it.each([
  [{ type: 'deleted', ids, confirmedByRead: false }, 'deleted'],
  [{ type: 'deleted', ids, confirmedByRead: true }, 'confirmed-by-read'],
  [{ type: 'already-gone', ids }, 'already-gone'],
] as const)('ends gone after %o', (event, how) => {
  expect(deleteFlow({ step: 'deleting' }, event)).toEqual({ step: 'gone', ids, how });
});

it('offers the delete again after a failure or when a read found the connector', () => {
  const failed = deleteFlow({ step: 'deleting' }, { type: 'failed', error: lost });
  expect(canConfirm(failed)).toBe(true);
  const stillThere = deleteFlow({ step: 'deleting' }, { type: 'still-there', error: lost });
  expect(canConfirm(stillThere)).toBe(true);
  expect(deleteFlow(stillThere, { type: 'confirm' })).toEqual({ step: 'deleting' });
});

it('after a lost answer whose re-read failed, offers only a new read', () => {
  const unconfirmed = deleteFlow(
    { step: 'deleting' },
    { type: 'unconfirmed', error: lost, checkError: lost },
  );
  expect(canConfirm(unconfirmed)).toBe(false);
  expect(deleteFlow(unconfirmed, { type: 'confirm' })).toBe(unconfirmed);
  expect(deleteFlow(unconfirmed, { type: 'recheck' })).toEqual({ step: 'checking', error: lost });
});
