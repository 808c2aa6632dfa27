import { handOver, takeSavedOutcome, type SavedOutcome } from './saved-outcome';

const outcome: SavedOutcome = {
  status: 204,
  fields: ['displayName'],
  requestId: 'graph-1',
  clientRequestId: 'req-1',
  date: null,
};

describe('the saved outcome hand-off', () => {
  it('is taken once, by the connector it was handed over for', () => {
    handOver('contoso', 'c1', outcome);
    expect(takeSavedOutcome('contoso', 'c2')).toBeNull();
    expect(takeSavedOutcome(undefined, 'c1')).toBeNull();
    expect(takeSavedOutcome('contoso', 'c1')).toBe(outcome);
    expect(takeSavedOutcome('contoso', 'c1')).toBeNull();
  });

  it('keeps only the newest outcome', () => {
    handOver(undefined, 'c1', outcome);
    handOver(undefined, 'c2', { ...outcome, requestId: 'graph-2' });
    expect(takeSavedOutcome(undefined, 'c1')).toBeNull();
    expect(takeSavedOutcome(undefined, 'c2')).toMatchObject({ requestId: 'graph-2' });
  });
});
