import { canConfirm, deleteFlow, type DeleteEvent, type DeleteState } from './delete-flow';

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
  expect(deleteFlow(failed, { type: 'confirm' })).toEqual({ step: 'deleting' });
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

it('cancels from every step that waits for the admin, and closes', () => {
  const waiting: DeleteState[] = [
    { step: 'confirming' },
    { step: 'failed', error: lost },
    { step: 'still-there', error: lost },
    { step: 'unconfirmed', error: lost, checkError: lost },
  ];
  for (const state of waiting) {
    expect(deleteFlow(state, { type: 'cancel' })).toEqual({ step: 'closed' });
  }
});

it('a re-read ends gone, still there, or unconfirmed again', () => {
  const checking: DeleteState = { step: 'checking', error: lost };
  expect(deleteFlow(checking, { type: 'deleted', ids, confirmedByRead: true })).toEqual({
    step: 'gone',
    ids,
    how: 'confirmed-by-read',
  });
  expect(deleteFlow(checking, { type: 'still-there', error: lost })).toEqual({
    step: 'still-there',
    error: lost,
  });
  const again = { type: 'unconfirmed', error: lost, checkError: 'x' } as const;
  expect(deleteFlow(checking, again)).toEqual({
    step: 'unconfirmed',
    error: lost,
    checkError: 'x',
  });
});

const STATES: DeleteState[] = [
  { step: 'closed' },
  { step: 'confirming' },
  { step: 'deleting' },
  { step: 'failed', error: lost },
  { step: 'still-there', error: lost },
  { step: 'unconfirmed', error: lost, checkError: lost },
  { step: 'checking', error: lost },
  { step: 'gone', ids, how: 'deleted' },
];

const EVENTS: DeleteEvent[] = [
  { type: 'open' },
  { type: 'cancel' },
  { type: 'confirm' },
  { type: 'recheck' },
  { type: 'deleted', ids, confirmedByRead: false },
  { type: 'already-gone', ids },
  { type: 'failed', error: lost },
  { type: 'still-there', error: lost },
  { type: 'unconfirmed', error: lost, checkError: lost },
];

/** The steps in which each event means something; everywhere else it must change nothing. */
const MEANINGFUL: Record<DeleteEvent['type'], DeleteState['step'][]> = {
  open: ['closed'],
  cancel: ['confirming', 'failed', 'still-there', 'unconfirmed'],
  confirm: ['confirming', 'failed', 'still-there'],
  recheck: ['unconfirmed'],
  deleted: ['deleting', 'checking'],
  'already-gone': ['deleting'],
  failed: ['deleting'],
  'still-there': ['deleting', 'checking'],
  unconfirmed: ['deleting', 'checking'],
};

const ignored = STATES.flatMap((state) =>
  EVENTS.filter((event) => !MEANINGFUL[event.type].includes(state.step)).map(
    (event) => [state.step, event.type, state, event] as const,
  ),
);

it.each(ignored)('in %s, ignores %s', (_step, _type, state, event) => {
  expect(deleteFlow(state, event)).toBe(state);
});

it.each(
  STATES.flatMap((state) =>
    EVENTS.filter((event) => MEANINGFUL[event.type].includes(state.step)).map(
      (event) => [state.step, event.type, state, event] as const,
    ),
  ),
)('in %s, %s moves the flow on', (_step, _type, state, event) => {
  expect(deleteFlow(state, event)).not.toBe(state);
});
