import { changeLog, MAX_CHANGE_ENTRIES, recordChanges, type ChangeEntry } from './change-log';

const entry = (n: number): ChangeEntry => ({
  at: '2026-12-02T10:00:00.000Z',
  tenantId: null,
  connectorId: `c${n}`,
  connectorName: `CERT${n}`,
  field: 'Display name',
  oldValue: 'a',
  newValue: 'b',
  outcome: 'saved',
  detail: null,
  requestId: null,
  clientRequestId: null,
});

afterEach(() => changeLog.set([]));

describe('recordChanges', () => {
  it('appends entries and keeps them in sessionStorage under the app prefix', () => {
    recordChanges([entry(1)]);
    recordChanges([entry(2), entry(3)]);

    expect(changeLog.get().map((item) => item.connectorId)).toEqual(['c1', 'c2', 'c3']);
    const stored: unknown = JSON.parse(
      sessionStorage.getItem('ndes-connector-admin.change-log') ?? 'null',
    );
    expect(stored).toEqual(changeLog.get());
  });

  it('reads an entry stored before tenants were recorded as one of the sign-in tenant', async () => {
    const older: Partial<ChangeEntry> = entry(7);
    delete older.tenantId;
    sessionStorage.setItem('ndes-connector-admin.change-log', JSON.stringify([older]));
    vi.resetModules();
    const reloaded = await import('./change-log');
    expect(reloaded.changeLog.get()).toEqual([entry(7)]);
  });

  it('replaces an entry logged under the same id where it stands, and appends the rest', () => {
    recordChanges([{ ...entry(1), id: 'run/c1' }, entry(2)]);
    recordChanges([{ ...entry(1), id: 'run/c1', outcome: 'not applied' }, entry(3)]);

    expect(changeLog.get().map(({ connectorId, outcome }) => [connectorId, outcome])).toEqual([
      ['c1', 'not applied'],
      ['c2', 'saved'],
      ['c3', 'saved'],
    ]);
  });

  it('keeps only the newest entries', () => {
    recordChanges(Array.from({ length: MAX_CHANGE_ENTRIES + 5 }, (_, n) => entry(n)));
    expect(changeLog.get()).toHaveLength(MAX_CHANGE_ENTRIES);
    expect(changeLog.get()[0]?.connectorId).toBe('c5');
  });

  it('reads back what a reload finds, and ignores a stored value that is not a log', async () => {
    sessionStorage.setItem('ndes-connector-admin.change-log', JSON.stringify([entry(9)]));
    vi.resetModules();
    const reloaded = await import('./change-log');
    expect(reloaded.changeLog.get()).toEqual([entry(9)]);

    sessionStorage.setItem('ndes-connector-admin.change-log', '{"not":"a log"}');
    vi.resetModules();
    expect((await import('./change-log')).changeLog.get()).toEqual([]);
  });
});
