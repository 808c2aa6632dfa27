import type { Connector } from '../model/connector';
import { compareVersions } from '../model/graph-values';

import { assessHealth, findReinstallLeftovers, nextVerdictChange } from './assess-health';
import { DEFAULT_HEALTH_SETTINGS } from './health-settings';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const HOUR = 3_600_000;
const ago = (ms: number) => new Date(NOW - ms).toISOString();

function connector(overrides: Partial<Connector> = {}): Connector {
  return {
    id: 'c1',
    displayName: 'CERT01',
    machineName: 'CERT01.contoso.com',
    connectorVersion: '6.2406.0.1001',
    state: 'active',
    enrolledDateTime: ago(100 * 24 * HOUR),
    lastConnectionDateTime: ago(5 * 60_000),
    roleScopeTagIds: ['0'],
    ...overrides,
  };
}

const assess = (overrides: Partial<Connector>) =>
  assessHealth(connector(overrides), DEFAULT_HEALTH_SETTINGS, NOW);

describe('assessHealth', () => {
  it('calls an active, recently connected, current connector healthy, with no reasons', () => {
    expect(assess({})).toEqual({ level: 'healthy', reasons: [] });
  });

  it('marks an inactive connector unhealthy and says so', () => {
    expect(assess({ state: 'inactive' })).toEqual({
      level: 'unhealthy',
      reasons: ['Intune reports the connector as inactive.'],
    });
  });

  it('warns when Intune has no state yet', () => {
    expect(assess({ state: 'none' }).level).toBe('warning');
  });

  it('warns about a state Graph added after this app was built, naming it', () => {
    expect(assess({ state: 'unknownFutureValue' })).toEqual({
      level: 'warning',
      reasons: ['Intune reports a state this app does not know (unknownFutureValue).'],
    });
  });

  it('says a connector with Graph\'s unset date has never connected, not "739,000 days ago"', () => {
    expect(assess({ lastConnectionDateTime: '0001-01-01T00:00:00Z' })).toEqual({
      level: 'unhealthy',
      reasons: ['The connector has never connected to Intune.'],
    });
  });

  it('warns after more than a day without contact', () => {
    expect(assess({ lastConnectionDateTime: ago(24 * HOUR) }).level).toBe('healthy');
    const verdict = assess({ lastConnectionDateTime: ago(30 * HOUR) });
    expect(verdict.level).toBe('warning');
    expect(verdict.reasons).toEqual(['Last connected 1 day ago (warning after 24 hours).']);
  });

  it('is unhealthy from three days without contact', () => {
    expect(assess({ lastConnectionDateTime: ago(72 * HOUR - 1) }).level).toBe('warning');
    expect(assess({ lastConnectionDateTime: ago(72 * HOUR) })).toEqual({
      level: 'unhealthy',
      reasons: ['Last connected 3 days ago (unhealthy after 3 days).'],
    });
  });

  it('warns about a version below the minimum supported', () => {
    expect(assess({ connectorVersion: '6.2211.0.5' })).toEqual({
      level: 'warning',
      reasons: ['Version 6.2211.0.5 is below the minimum supported 6.2301.1.0.'],
    });
    expect(assess({ connectorVersion: '6.2301.1.0' }).level).toBe('healthy');
  });

  it('follows configured thresholds', () => {
    const settings = { warningAfterHours: 2, unhealthyAfterDays: 1, minimumVersion: '7.0' };
    expect(
      assessHealth(connector({ lastConnectionDateTime: ago(3 * HOUR) }), settings, NOW).reasons,
    ).toEqual([
      'Last connected 3 hours ago (warning after 2 hours).',
      'Version 6.2406.0.1001 is below the minimum supported 7.0.',
    ]);
  });

  it('lists every reason, and the worst one decides', () => {
    const verdict = assess({
      state: 'inactive',
      lastConnectionDateTime: ago(40 * 24 * HOUR),
      connectorVersion: '6.1',
    });
    expect(verdict.level).toBe('unhealthy');
    expect(verdict.reasons).toHaveLength(3);
  });
});

describe('compareVersions', () => {
  it('compares numerically, part by part', () => {
    expect(compareVersions('6.2301.1.0', '6.2406.0.1001')).toBe(-1);
    expect(compareVersions('6.10', '6.9')).toBe(1);
    expect(compareVersions('6.2301.1', '6.2301.1.0')).toBe(0);
  });
});

describe('findReinstallLeftovers', () => {
  it('flags the long-silent connector on a machine that another connector also runs on', () => {
    const current = connector({ id: 'new' });
    const leftover = connector({
      id: 'old',
      state: 'inactive',
      lastConnectionDateTime: ago(35 * 24 * HOUR),
    });
    const elsewhere = connector({
      id: 'other',
      machineName: 'CERT02.contoso.com',
      lastConnectionDateTime: ago(35 * 24 * HOUR),
    });
    const flags = findReinstallLeftovers(
      [current, leftover, elsewhere],
      DEFAULT_HEALTH_SETTINGS,
      NOW,
    );
    expect([...flags.keys()]).toEqual(['old']);
    expect(flags.get('old')).toContain(
      'Possible reinstall leftover: 2 connectors run on CERT01.contoso.com',
    );
  });

  it('matches machine names regardless of case', () => {
    const leftover = connector({
      id: 'old',
      machineName: 'cert01.CONTOSO.com',
      lastConnectionDateTime: ago(10 * 24 * HOUR),
    });
    expect(
      findReinstallLeftovers([connector(), leftover], DEFAULT_HEALTH_SETTINGS, NOW).has('old'),
    ).toBe(true);
  });

  it('finds the newest connector by the moment, not by how the timestamp is written', () => {
    // Both silent for more than three days. 10:00-08:00 is 18:00Z, an hour after the other one's
    // 17:00Z, although it sorts first as text.
    const newest = connector({
      id: 'newest',
      lastConnectionDateTime: '2026-11-24T10:00:00.0000000-08:00',
    });
    const older = connector({ id: 'older', lastConnectionDateTime: '2026-11-24T17:00:00Z' });
    const flags = findReinstallLeftovers([newest, older], DEFAULT_HEALTH_SETTINGS, NOW);
    expect([...flags.keys()]).toEqual(['older']);
  });

  it('does not flag two connectors on one machine that both still connect', () => {
    const twin = connector({ id: 'twin', lastConnectionDateTime: ago(HOUR) });
    expect(findReinstallLeftovers([connector(), twin], DEFAULT_HEALTH_SETTINGS, NOW).size).toBe(0);
  });
});

describe('nextVerdictChange', () => {
  const DAY = 24 * HOUR;
  const judged = (subject: Connector, at: number) =>
    assessHealth(subject, DEFAULT_HEALTH_SETTINGS, at);

  it('keeps the verdict and its reasons until the moment it names, and changes them there', () => {
    const silences = [
      -HOUR,
      0,
      5 * 60_000,
      23 * HOUR,
      24 * HOUR,
      30 * HOUR,
      2.5 * DAY,
      3 * DAY,
      9 * DAY,
    ];
    for (const silence of silences) {
      const subject = connector({ lastConnectionDateTime: ago(silence) });
      const next = nextVerdictChange(subject, DEFAULT_HEALTH_SETTINGS, NOW);
      expect(next, `silent for ${silence} ms`).toBeGreaterThan(NOW);
      for (const at of [NOW, (NOW + next) / 2, next - 1]) {
        expect(judged(subject, Math.floor(at)), `silent for ${silence} ms`).toEqual(
          judged(subject, NOW),
        );
      }
      expect(judged(subject, next), `silent for ${silence} ms`).not.toEqual(judged(subject, NOW));
    }
  });

  it('names the threshold: a connector silent for 23 hours turns to a warning just past 24', () => {
    const subject = connector({ lastConnectionDateTime: ago(23 * HOUR) });
    expect(nextVerdictChange(subject, DEFAULT_HEALTH_SETTINGS, NOW)).toBe(NOW + HOUR + 1);
  });

  it('is never for a connector that never connected: only an edit changes its verdict', () => {
    const subject = connector({ lastConnectionDateTime: '0001-01-01T00:00:00Z' });
    expect(nextVerdictChange(subject, DEFAULT_HEALTH_SETTINGS, NOW)).toBe(Infinity);
  });
});
