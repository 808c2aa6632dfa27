import { seedConnectors } from '@/mocks/tenant/seed';

import { readConnector, readConnectorList } from './read-connector';

const [good, other] = seedConnectors(Date.parse('2026-11-28T12:00:00Z'));

describe('readConnector', () => {
  it('reads a state Graph added after this app was built, keeping its value', () => {
    const read = readConnector({ ...good, state: 'unknownFutureValue' });
    expect(read).toEqual({ connector: expect.objectContaining({ state: 'unknownFutureValue' }) });
  });

  it('ignores properties the contract does not name', () => {
    expect(readConnector({ ...good, futureProperty: { nested: [1, 2] } })).toHaveProperty(
      'connector.id',
      good?.id,
    );
  });

  it('reports an item it cannot read with its id and what was wrong', () => {
    expect(readConnector({ ...good, id: 'broken-1', displayName: 42 })).toEqual({
      unreadable: {
        id: 'broken-1',
        problem: expect.stringMatching(
          /^displayName: .*expected string, received number/,
        ) as string,
      },
    });
  });

  it('reports an item without an id, or one that is not an object', () => {
    expect(readConnector({ displayName: 'x' })).toHaveProperty('unreadable.id', null);
    expect(readConnector('not a connector')).toEqual({
      unreadable: { id: null, problem: expect.stringMatching(/^\(item\): /) as string },
    });
  });
});

describe('readConnectorList', () => {
  it('keeps every readable connector when one item is broken', () => {
    const list = readConnectorList(
      [good, { id: 'broken-1', state: 7 }, { ...other, state: 'retired' }],
      { complete: true, pagesRead: 1 },
    );
    expect(list.connectors.map(({ id }) => id)).toEqual([good?.id, other?.id]);
    expect(list.unreadable).toEqual([
      { id: 'broken-1', problem: expect.stringContaining('state:') as string },
    ]);
    expect(list).toMatchObject({ complete: true, pagesRead: 1 });
  });
});
