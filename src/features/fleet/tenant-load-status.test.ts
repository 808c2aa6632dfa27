import { listedText } from './tenant-load-status';

describe("a listed tenant's status", () => {
  it('is plain when Graph listed everything and every item could be read', () => {
    expect(listedText({ unreadable: 0, complete: true })).toBe('Listed');
  });

  it('says how many items could not be read, and when paging stopped short', () => {
    expect(listedText({ unreadable: 1, complete: true })).toBe(
      'Listed; 1 item Graph sent could not be read and is left out',
    );
    expect(listedText({ unreadable: 3, complete: false })).toBe(
      'Listed; 3 items Graph sent could not be read and are left out; incomplete: Graph had more pages than the app reads',
    );
  });
});
