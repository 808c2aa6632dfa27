import { mockDb } from '@/mocks/node';

import type { Connector } from '../model/connector';

import { changesSince, notDeletedBecause } from './changed-since';

const shown = (): Connector => {
  const [first] = mockDb.listConnectors();
  if (!first) throw new Error('The seed has no connector');
  return { ...first, state: 'inactive', lastConnectionDateTime: '2025-03-01T10:00:00Z' };
};

it('says nothing changed when the delete still rests on what was shown', () => {
  expect(notDeletedBecause(shown(), shown())).toBeNull();
});

it('says a connector connected again, with the time, and was not deleted', () => {
  const at = '2025-03-01T14:02:00Z';
  const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(at));
  expect(notDeletedBecause(shown(), { ...shown(), lastConnectionDateTime: at })).toBe(
    `It connected again at ${time}, so it was not deleted.`,
  );
});

it('names a new state, name and version in words, blaming nobody', () => {
  const current = {
    ...shown(),
    state: 'active',
    displayName: 'NDES renamed',
    connectorVersion: '6.2500.0.1',
  };
  expect(changesSince(shown(), current)).toEqual([
    'its state changed to Active',
    'it was renamed to “NDES renamed”',
    'its version changed to 6.2500.0.1',
  ]);
  expect(notDeletedBecause(shown(), current)).not.toMatch(/someone/i);
});

it('tells an older last connection apart from connecting again', () => {
  const [change] = changesSince(shown(), {
    ...shown(),
    lastConnectionDateTime: '2025-02-01T10:00:00Z',
  });
  expect(change).toMatch(/^its last connection changed to /);
});
