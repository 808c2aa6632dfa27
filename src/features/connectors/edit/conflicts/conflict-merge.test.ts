import type { Connector, ConnectorPatch } from '../../model/connector';
import { CONNECTOR_ODATA_TYPE } from '../../model/graph-values';

import { changedSince, findConflicts, resolveConflicts } from './conflict-merge';

const original: Connector = {
  id: 'c1',
  displayName: 'CERT01',
  machineName: 'CERT01.contoso.com',
  connectorVersion: '6.2406.0.1001',
  state: 'active',
  enrolledDateTime: '2016-12-31T23:59:43.797191-08:00',
  lastConnectionDateTime: '2016-12-31T23:58:36.6670033-08:00',
  roleScopeTagIds: ['0', '1'],
};
const patch = (fields: Partial<ConnectorPatch>): ConnectorPatch => ({
  '@odata.type': CONNECTOR_ODATA_TYPE,
  ...fields,
});

describe('findConflicts', () => {
  it('finds a field both sides changed to different values, with all three values', () => {
    const theirs = { ...original, displayName: 'Theirs' };
    expect(findConflicts(original, theirs, patch({ displayName: 'Mine' }))).toEqual([
      {
        field: 'displayName',
        label: 'Display name',
        original: 'CERT01',
        theirs: 'Theirs',
        yours: 'Mine',
      },
    ]);
  });

  it('ignores their change to a field this user did not touch', () => {
    const theirs = { ...original, state: 'inactive' as const };
    expect(changedSince(original, theirs)).toEqual(['state']);
    expect(findConflicts(original, theirs, patch({ displayName: 'Mine' }))).toEqual([]);
  });

  it('is no conflict when both set the same value', () => {
    const theirs = { ...original, displayName: 'Same' };
    expect(findConflicts(original, theirs, patch({ displayName: 'Same' }))).toEqual([]);
  });

  it('compares scope tags as sets', () => {
    const reordered = { ...original, roleScopeTagIds: ['1', '0'] };
    expect(changedSince(original, reordered)).toEqual([]);
    const added = { ...original, roleScopeTagIds: ['0', '1', '2'] };
    expect(findConflicts(original, added, patch({ roleScopeTagIds: ['0'] }))).toHaveLength(1);
  });
});

describe('resolveConflicts', () => {
  const theirs = { ...original, displayName: 'Theirs', state: 'inactive' as const };
  const mine = patch({ displayName: 'Mine', state: 'none', machineName: 'NEW' });
  const conflicts = findConflicts(original, theirs, mine);

  it('drops a field the user leaves to them, so Graph keeps their value', () => {
    expect(resolveConflicts(mine, conflicts, { displayName: 'theirs', state: 'yours' })).toEqual(
      patch({ state: 'none', machineName: 'NEW' }),
    );
  });

  it('keeps a field the user claims, and never touches unconflicted fields', () => {
    expect(resolveConflicts(mine, conflicts, { displayName: 'yours', state: 'yours' })).toEqual(
      mine,
    );
  });

  it('treats an unanswered field as theirs: nothing is overwritten without a choice', () => {
    expect(resolveConflicts(mine, conflicts, {})).toEqual(patch({ machineName: 'NEW' }));
  });
});
