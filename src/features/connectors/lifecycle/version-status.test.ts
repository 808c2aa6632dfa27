import { releaseTable } from './release-table';
import { versionStatus } from './version-status';

const SHIPPED = releaseTable();
const at = (iso: string) => Date.parse(iso);
const statusAt = (version: string | null, iso: string, table = SHIPPED) =>
  versionStatus(version, table, at(iso));

describe('versionStatus', () => {
  it('calls the newest release supported', () => {
    expect(statusAt('6.2510.3.2002', '2026-03-01T00:00:00Z')).toEqual({
      kind: 'supported',
      level: 'none',
      label: 'Supported',
      detail: 'newest release (18 Feb 2026)',
    });
  });

  it('supports a version until six months after the next release', () => {
    const supported = {
      kind: 'supported',
      level: 'none',
      label: 'Supported',
      detail: 'supported until 18 Aug 2026',
      until: '2026-08-18',
    };
    expect(statusAt('6.2406.0.2002', '2026-02-18T00:00:00Z')).toEqual(supported);
    expect(statusAt('6.2406.0.2002', '2026-08-17T23:59:59.999Z')).toEqual(supported);
  });

  it('calls it unsupported from that day until 18 months after the next release', () => {
    const unsupported = {
      kind: 'unsupported',
      level: 'warning',
      label: 'Unsupported since 18 Aug 2026',
      detail: 'update to 6.2510.3.2002',
      since: '2026-08-18',
      until: '2027-08-18',
      updateTo: '6.2510.3.2002',
    };
    expect(statusAt('6.2406.0.2002', '2026-08-18T00:00:00Z')).toEqual(unsupported);
    expect(statusAt('6.2406.0.2002', '2026-08-19T12:00:00Z')).toEqual(unsupported);
    expect(statusAt('6.2406.0.2002', '2027-08-17T23:59:59.999Z')).toEqual(unsupported);
  });

  it('says it may stop working from 18 months after the next release', () => {
    const stopping = {
      kind: 'may-stop-working',
      level: 'unhealthy',
      label: 'May stop working since 18 Aug 2027',
      detail: 'update to 6.2510.3.2002',
      since: '2027-08-18',
      updateTo: '6.2510.3.2002',
    };
    expect(statusAt('6.2406.0.2002', '2027-08-18T00:00:00Z')).toEqual(stopping);
    expect(statusAt('6.2406.0.2002', '2027-08-19T00:00:00Z')).toEqual(stopping);
  });

  it('dates older versions by their own next release', () => {
    const now = '2026-03-01T00:00:00Z';
    expect(statusAt('6.2406.0.1002', now).label).toBe('Unsupported since 22 Jan 2026');
    expect(statusAt('6.2301.1.0', now).label).toBe('Unsupported since 19 Mar 2025');
    expect(statusAt('6.2206.122.0', now).label).toBe('May stop working since 15 Aug 2024');
    expect(statusAt('6.2107.45.0', now).label).toBe('May stop working since 16 Feb 2023');
  });

  it('dates an unlisted version by the next listed release above it', () => {
    const now = '2026-03-01T00:00:00Z';
    expect(statusAt('6.2406.0.1500', now)).toEqual(statusAt('6.2406.0.1002', now));
    expect(statusAt('6.2406.0.2002.1', now).detail).toBe('supported until 18 Aug 2026');
    expect(statusAt('6.2105.0.0', now).label).toBe('May stop working since 29 Jan 2023');
  });

  it('reads a short version like its full form', () => {
    const now = '2026-03-01T00:00:00Z';
    expect(statusAt('6.2301.1', now)).toEqual(statusAt('6.2301.1.0', now));
  });

  it('says a version below 6.2101.13.0 can no longer issue or revoke certificates', () => {
    expect(statusAt('6.2009.0.0', '2026-03-01T00:00:00Z')).toEqual({
      kind: 'cannot-issue',
      level: 'unhealthy',
      label: 'Can no longer issue or revoke certificates',
      detail: 'older than 6.2101.13.0: update to 6.2510.3.2002',
      updateTo: '6.2510.3.2002',
    });
    expect(statusAt('6.2101.13.0', '2026-03-01T00:00:00Z').kind).toBe('may-stop-working');
  });

  it('gives no finding for a version newer than the table', () => {
    for (const version of ['6.2611.0.0', '10.0']) {
      expect(statusAt(version, '2026-03-01T00:00:00Z')).toEqual({
        kind: 'newer-than-table',
        level: 'none',
        label: 'Newer than the release table (as of 23 Feb 2026)',
        detail: 'no support dates known yet',
      });
    }
  });

  it('shows a missing or unreadable version as such, with no finding', () => {
    for (const version of [null, '', '  ']) {
      expect(statusAt(version, '2026-03-01T00:00:00Z')).toEqual({
        kind: 'unknown',
        level: 'none',
        label: 'Unknown version',
        detail: 'no version reported',
      });
    }
    expect(statusAt(' 6.2510.x ', '2026-03-01T00:00:00Z')).toEqual({
      kind: 'unreadable',
      level: 'none',
      label: 'Version 6.2510.x cannot be read',
      detail: 'not a dotted version number',
    });
  });
});

describe('versionStatus with releases from config.json', () => {
  const table = releaseTable([{ version: '6.2611.1.1', released: '2026-11-02' }]);

  it('moves the clock for the previous newest release without a rebuild', () => {
    expect(statusAt('6.2510.3.2002', '2026-11-02T00:00:00Z', table).detail).toBe(
      'supported until 2 May 2027',
    );
    expect(statusAt('6.2510.3.2002', '2027-05-02T00:00:00Z', table)).toMatchObject({
      label: 'Unsupported since 2 May 2027',
      detail: 'update to 6.2611.1.1',
    });
    expect(statusAt('6.2611.1.1', '2027-05-02T00:00:00Z', table).label).toBe('Supported');
    expect(statusAt('6.2612.0.0', '2027-05-02T00:00:00Z', table).label).toBe(
      'Newer than the release table (as of 2 Nov 2026)',
    );
  });

  it('does not ask for an update to a release that is not out yet', () => {
    expect(statusAt('6.2406.0.2002', '2026-11-01T00:00:00Z', table).updateTo).toBe('6.2510.3.2002');
  });

  it("ends support on the month's last day when the next release came on the 31st", () => {
    const late = releaseTable([{ version: '6.2611.1.1', released: '2026-08-31' }]);
    expect(statusAt('6.2510.3.2002', '2027-02-27T23:59:59Z', late).detail).toBe(
      'supported until 28 Feb 2027',
    );
    expect(statusAt('6.2510.3.2002', '2027-02-28T00:00:00Z', late).label).toBe(
      'Unsupported since 28 Feb 2027',
    );
  });
});
