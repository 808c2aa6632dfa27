import { WAITING } from '@/lib/auth/sign-in-step';
import { mockDb } from '@/mocks/node';

import type { Connector } from '../model/connector';

import { canConfirm, deleteFlow, type DeleteEvent, type DeleteState } from './delete-flow';

const ids = { requestId: 'r', clientRequestId: 'c', date: null };
const lost = new Error('lost');
const [seeded] = mockDb.listConnectors();
if (!seeded) throw new Error('The seed has no connector');
const current: Connector = { ...seeded, state: 'active' };
const reason = 'Its state changed to Active, so it was not deleted.';

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

it('stops at changed when the read before sending found the connector changed, then may go on', () => {
  const changed = deleteFlow({ step: 'deleting' }, { type: 'changed', current, reason });
  expect(changed).toEqual({ step: 'changed', current, reason });
  expect(canConfirm(changed)).toBe(true);
  // Delete anyway compares the next read with what the admin has now seen.
  expect(deleteFlow(changed, { type: 'confirm' })).toEqual({ step: 'deleting', seen: current });
  expect(deleteFlow(changed, { type: 'cancel' })).toEqual({ step: 'closed' });
});

it('pauses for a sign-in when a token needs the admin, then deletes what it was deleting', () => {
  const paused = deleteFlow({ step: 'deleting', seen: current }, { type: 'sign-in-needed' });
  expect(paused).toEqual({ step: 'paused', seen: current, signIn: WAITING });
  expect(canConfirm(paused)).toBe(false);
  const signingIn = deleteFlow(paused, { type: 'sign-in' });
  expect(signingIn).toEqual({ step: 'paused', seen: current, signIn: { mode: 'popup' } });
  // Nothing may close the dialog while the popup is open.
  expect(deleteFlow(signingIn, { type: 'cancel' })).toBe(signingIn);
  expect(deleteFlow(signingIn, { type: 'signed-in' })).toEqual({ step: 'deleting', seen: current });
  const refused = deleteFlow(signingIn, { type: 'sign-in-failed', error: lost });
  expect(refused).toEqual({ step: 'paused', seen: current, signIn: { mode: 'idle', error: lost } });
  expect(deleteFlow(refused, { type: 'cancel' })).toEqual({ step: 'closed' });
});

it('leaves by a redirect only after the admin agrees', () => {
  const paused: DeleteState = { step: 'paused', signIn: WAITING };
  expect(deleteFlow(paused, { type: 'redirect' })).toBe(paused);
  const asking = deleteFlow(paused, { type: 'ask-redirect' });
  expect(asking).toEqual({ step: 'paused', signIn: { mode: 'asking' } });
  expect(deleteFlow(asking, { type: 'keep-waiting' })).toEqual(paused);
  expect(deleteFlow(asking, { type: 'redirect' })).toEqual({
    step: 'paused',
    signIn: { mode: 'redirecting' },
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
  { step: 'changed', current, reason },
  { step: 'gone', ids, how: 'deleted' },
  { step: 'paused', signIn: WAITING },
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
  { type: 'changed', current, reason },
  { type: 'sign-in-needed' },
  { type: 'sign-in' },
  { type: 'ask-redirect' },
  { type: 'keep-waiting' },
  { type: 'redirect' },
  { type: 'signed-in' },
  { type: 'sign-in-failed', error: lost },
];

/** The steps in which each event means something; everywhere else it must change nothing. */
const MEANINGFUL: Record<DeleteEvent['type'], DeleteState['step'][]> = {
  open: ['closed'],
  cancel: ['confirming', 'failed', 'still-there', 'unconfirmed', 'changed', 'paused'],
  confirm: ['confirming', 'failed', 'still-there', 'changed'],
  recheck: ['unconfirmed'],
  deleted: ['deleting', 'checking'],
  'already-gone': ['deleting'],
  failed: ['deleting'],
  'still-there': ['deleting', 'checking'],
  unconfirmed: ['deleting', 'checking'],
  changed: ['deleting'],
  'sign-in-needed': ['deleting'],
  // The paused state here waits for the admin; the sign-in's own steps are tested above.
  'sign-in': ['paused'],
  'ask-redirect': ['paused'],
  'keep-waiting': [],
  redirect: [],
  'signed-in': [],
  'sign-in-failed': [],
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
