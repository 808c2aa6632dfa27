import { compareVersions } from '../model/graph-values';

import { AS_OF, CONNECTOR_RELEASES, SOURCE_URL } from './connector-releases';
import { newestRelease, readVersion, releaseTable, supersededOn } from './release-table';

const versions = (table = releaseTable()) => table.releases.map((release) => release.version);

describe('the shipped release table', () => {
  it('lists each release once, newest version first, with dates in the same order', () => {
    expect(CONNECTOR_RELEASES).toHaveLength(15);
    CONNECTOR_RELEASES.slice(1).forEach((older, index) => {
      const newer = CONNECTOR_RELEASES[index];
      expect(newer && compareVersions(newer.version, older.version)).toBe(1);
      expect(newer && newer.released > older.released).toBe(true);
    });
  });

  it('is the table with nothing from config, with its date and source', () => {
    expect(releaseTable()).toEqual({
      releases: CONNECTOR_RELEASES,
      asOf: AS_OF,
      sourceUrl: SOURCE_URL,
    });
  });
});

describe('releaseTable', () => {
  it('adds config releases in version order, not string order', () => {
    const table = releaseTable([
      { version: '10.0', released: '2027-01-05' },
      { version: '6.2406.0.1500', released: '2025-07-01' },
    ]);
    expect(versions(table).slice(0, 5)).toEqual([
      '10.0',
      '6.2510.3.2002',
      '6.2406.0.2002',
      '6.2406.0.1500',
      '6.2406.0.1002',
    ]);
  });

  it("takes config's date for a version the app also ships, however it is written", () => {
    const table = releaseTable([
      { version: '6.2510.3.2002', released: '2026-02-20' },
      { version: '6.2301.1', released: '2023-02-16' },
    ]);
    expect(table.releases).toHaveLength(CONNECTOR_RELEASES.length);
    expect(table.releases[0]).toEqual({ version: '6.2510.3.2002', released: '2026-02-20' });
    expect(table.releases).toContainEqual({ version: '6.2301.1', released: '2023-02-16' });
    expect(versions(table)).not.toContain('6.2301.1.0');
  });

  it('dates the table by the newest config release when that is later', () => {
    expect(releaseTable([{ version: '6.2611.1.1', released: '2026-11-02' }]).asOf).toBe(
      '2026-11-02',
    );
    expect(releaseTable([{ version: '6.2406.0.1500', released: '2025-07-01' }]).asOf).toBe(AS_OF);
  });
});

describe('supersededOn', () => {
  const table = releaseTable();

  it('is the release date of the next listed version', () => {
    expect(supersededOn(table, '6.2406.0.2002')).toBe('2026-02-18');
    expect(supersededOn(table, '6.2406.0.1002')).toBe('2025-07-22');
  });

  it('is the next listed release above an unlisted version', () => {
    expect(supersededOn(table, '6.2406.0.1500')).toBe('2025-07-22');
    expect(supersededOn(table, '6.2105.0.0')).toBe('2021-07-29');
  });

  it('is undefined for the newest version and above', () => {
    expect(supersededOn(table, '6.2510.3.2002')).toBeUndefined();
    expect(supersededOn(table, '6.2611.0.0')).toBeUndefined();
  });

  it('is the earliest newer release when config gives an out-of-order date', () => {
    const odd = releaseTable([{ version: '6.2611.0.0', released: '2025-01-01' }]);
    expect(supersededOn(odd, '6.2406.0.1001')).toBe('2025-01-01');
  });
});

describe('newestRelease', () => {
  it('skips a config release dated after now', () => {
    const table = releaseTable([{ version: '6.2611.1.1', released: '2026-11-02' }]);
    expect(newestRelease(table, Date.parse('2026-11-01T23:59:59Z'))?.version).toBe('6.2510.3.2002');
    expect(newestRelease(table, Date.parse('2026-11-02T00:00:00Z'))?.version).toBe('6.2611.1.1');
  });
});

describe('readVersion', () => {
  it('reads dotted numbers, trimmed', () => {
    expect(readVersion(' 6.2510.3.2002 ')).toBe('6.2510.3.2002');
    expect(readVersion('10')).toBe('10');
  });

  it('reads nothing else', () => {
    for (const raw of [null, undefined, '', '6.2510.x', 'v6.2510', '6..1', '6.1.']) {
      expect(readVersion(raw)).toBeUndefined();
    }
  });
});
