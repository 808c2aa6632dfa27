import { startOfDay } from './calendar-dates';
import { releaseTable } from './release-table';
import { STATUS_LOOKS } from './status-looks';
import { versionTimeline, type TimelineConnector } from './version-timeline';

const NOW = Date.parse('2026-09-01T12:00:00Z');
const TABLE = releaseTable();
const on = (connectorVersion: string | null, tenantId?: string): TimelineConnector => ({
  connectorVersion,
  tenantId,
});
const DAY = 86_400_000;

describe('versionTimeline', () => {
  it('counts connectors per version, newest first, and adds the newest release with none', () => {
    const { rows } = versionTimeline(
      [on('6.2406.0.2002'), on('6.2202.38.0'), on('6.2406.0.2002')],
      TABLE,
      NOW,
    );
    expect(rows.map((row) => [row.version, row.connectors])).toEqual([
      ['6.2510.3.2002', 0],
      ['6.2406.0.2002', 2],
      ['6.2202.38.0', 1],
    ]);
  });

  it('gives each row its window: released, supported until and may stop working from', () => {
    const [newest, previous] = versionTimeline([on('6.2406.0.2002')], TABLE, NOW).rows;
    expect(newest).toMatchObject({ released: '2026-02-18' });
    expect(newest?.supportedUntil).toBeUndefined();
    expect(previous).toMatchObject({
      released: '2025-07-22',
      supportedUntil: '2026-08-18',
      stopsFrom: '2027-08-18',
    });
  });

  it('colours each version by its status today', () => {
    const connectors = ['6.2510.3.2002', '6.2406.0.2002', '6.2202.38.0', '6.2005.1.0', '7.0'];
    const { rows } = versionTimeline(
      connectors.map((version) => on(version)),
      TABLE,
      NOW,
    );
    expect(rows.map((row) => [row.version, row.status.kind])).toEqual([
      ['7.0', 'newer-than-table'],
      ['6.2510.3.2002', 'supported'],
      ['6.2406.0.2002', 'unsupported'],
      ['6.2202.38.0', 'may-stop-working'],
      ['6.2005.1.0', 'cannot-issue'],
    ]);
    expect(rows.map((row) => STATUS_LOOKS[row.status.kind].color)).toEqual([
      'var(--mui-palette-primary-main)',
      'var(--mui-palette-success-main)',
      'var(--mui-palette-warning-main)',
      'var(--mui-palette-error-main)',
      'var(--mui-palette-text-primary)',
    ]);
  });

  it('splits a superseded version into supported, unsupported and may-stop-working stretches', () => {
    const { rows, end } = versionTimeline([on('6.2406.0.2002')], TABLE, NOW);
    expect(rows[1]?.segments).toEqual([
      { status: 'supported', from: startOfDay('2025-07-22'), to: startOfDay('2026-08-18') },
      { status: 'unsupported', from: startOfDay('2026-08-18'), to: startOfDay('2027-08-18') },
      { status: 'may-stop-working', from: startOfDay('2027-08-18'), to: end },
    ]);
    expect(rows[0]?.segments).toEqual([
      { status: 'supported', from: startOfDay('2026-02-18'), to: end },
    ]);
  });

  it('draws a version below the minimum as unable to issue across the timeline', () => {
    const { rows, start, end } = versionTimeline([on('6.2005.1.0')], TABLE, NOW);
    expect(rows.at(-1)?.segments).toEqual([{ status: 'cannot-issue', from: start, to: end }]);
  });

  it('puts today on the timeline, with room either side of every date drawn', () => {
    const timeline = versionTimeline([on('6.2406.0.2002')], TABLE, NOW);
    expect(timeline.today).toBe(NOW);
    expect(timeline.start).toBe(startOfDay('2025-07-22') - 60 * DAY);
    expect(timeline.end).toBe(startOfDay('2027-08-18') + 60 * DAY);
    const later = Date.parse('2028-01-01T00:00:00Z');
    expect(versionTimeline([], TABLE, later).end).toBe(later + 60 * DAY);
  });

  it('counts connectors with no readable version apart, and versions written two ways once', () => {
    const timeline = versionTimeline(
      [on(null), on('v6'), on('6.2301.1'), on('6.2301.1.0'), on(' ')],
      TABLE,
      NOW,
    );
    expect(timeline.unplaced).toBe(3);
    expect(timeline.rows.map((row) => [row.version, row.connectors])).toEqual([
      ['6.2510.3.2002', 0],
      ['6.2301.1', 2],
    ]);
  });

  it('counts the tenants of each version across a fleet', () => {
    const { rows } = versionTimeline(
      [on('6.2510.3.2002', 'a'), on('6.2510.3.2002', 'b'), on('6.2510.3.2002', 'a')],
      TABLE,
      NOW,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ connectors: 3, tenants: 2 });
  });
});
