import { releaseTable } from '../lifecycle/release-table';
import type { Connector } from '../model/connector';
import { compareVersions } from '../model/graph-values';

import { assessHealth, findReinstallLeftovers, nextVerdictChange } from './assess-health';
import { DEFAULT_HEALTH_RULES, type HealthRules } from './health-rules';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const HOUR = 3_600_000;
const ago = (ms: number) => new Date(NOW - ms).toISOString();

function connector(overrides: Partial<Connector> = {}): Connector {
  return {
    id: 'c1',
    displayName: 'CERT01',
    machineName: 'CERT01.contoso.com',
    connectorVersion: '6.2510.3.2002',
    state: 'active',
    enrolledDateTime: ago(100 * 24 * HOUR),
    lastConnectionDateTime: ago(5 * 60_000),
    roleScopeTagIds: ['0'],
    ...overrides,
  };
}

/** The verdict's level and reasons; the support status has its own tests below. */
const judge = (subject: Connector, rules: HealthRules = DEFAULT_HEALTH_RULES, at = NOW) => {
  const { level, reasons } = assessHealth(subject, rules, at);
  return { level, reasons };
};
const assess = (overrides: Partial<Connector>) => judge(connector(overrides));

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

  it('follows configured thresholds', () => {
    const rules = { ...DEFAULT_HEALTH_RULES, warningAfterHours: 2, unhealthyAfterDays: 1 };
    expect(judge(connector({ lastConnectionDateTime: ago(3 * HOUR) }), rules).reasons).toEqual([
      'Last connected 3 hours ago (warning after 2 hours).',
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
    const flags = findReinstallLeftovers([current, leftover, elsewhere], DEFAULT_HEALTH_RULES, NOW);
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
      findReinstallLeftovers([connector(), leftover], DEFAULT_HEALTH_RULES, NOW).has('old'),
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
    const flags = findReinstallLeftovers([newest, older], DEFAULT_HEALTH_RULES, NOW);
    expect([...flags.keys()]).toEqual(['older']);
  });

  it('does not flag two connectors on one machine that both still connect', () => {
    const twin = connector({ id: 'twin', lastConnectionDateTime: ago(HOUR) });
    expect(findReinstallLeftovers([connector(), twin], DEFAULT_HEALTH_RULES, NOW).size).toBe(0);
  });
});

describe('nextVerdictChange', () => {
  const DAY = 24 * HOUR;
  const judged = (subject: Connector, at: number) => judge(subject, DEFAULT_HEALTH_RULES, at);

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
      const next = nextVerdictChange(subject, DEFAULT_HEALTH_RULES, NOW);
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
    expect(nextVerdictChange(subject, DEFAULT_HEALTH_RULES, NOW)).toBe(NOW + HOUR + 1);
  });

  it('is never for a connector that never connected: only an edit changes its verdict', () => {
    const subject = connector({ lastConnectionDateTime: '0001-01-01T00:00:00Z' });
    expect(nextVerdictChange(subject, DEFAULT_HEALTH_RULES, NOW)).toBe(Infinity);
  });
});

describe('the support lifecycle in the verdict', () => {
  const onVersion = (connectorVersion: string | null, rules = DEFAULT_HEALTH_RULES, at = NOW) =>
    assessHealth(connector({ connectorVersion }), rules, at);

  it('finds nothing for the newest release, and carries its status', () => {
    const verdict = onVersion('6.2510.3.2002');
    expect(verdict).toMatchObject({ level: 'healthy', reasons: [] });
    expect(verdict.support).toMatchObject({ kind: 'supported', label: 'Supported' });
  });

  it('warns about an unsupported version, naming the version to update to', () => {
    expect(judge(connector({ connectorVersion: '6.2406.0.2002' }))).toEqual({
      level: 'warning',
      reasons: ['Version 6.2406.0.2002: Unsupported since 18 Aug 2026 (update to 6.2510.3.2002).'],
    });
  });

  it('calls a version past its working window unhealthy', () => {
    expect(judge(connector({ connectorVersion: '6.2301.1.0' }))).toEqual({
      level: 'unhealthy',
      reasons: [
        'Version 6.2301.1.0: May stop working since 19 Mar 2026 (update to 6.2510.3.2002).',
      ],
    });
  });

  it('calls a version that can no longer issue certificates unhealthy', () => {
    expect(judge(connector({ connectorVersion: '6.2009.1.0' }))).toEqual({
      level: 'unhealthy',
      reasons: [
        'Version 6.2009.1.0: Can no longer issue or revoke certificates (older than 6.2101.13.0: update to 6.2510.3.2002).',
      ],
    });
  });

  it('finds nothing for a version newer than the table', () => {
    const verdict = onVersion('6.2611.0.0');
    expect(verdict).toMatchObject({ level: 'healthy', reasons: [] });
    expect(verdict.support.kind).toBe('newer-than-table');
  });

  it('says a missing or unreadable version is so, as a warning', () => {
    expect(judge(connector({ connectorVersion: null }))).toEqual({
      level: 'warning',
      reasons: ['The connector reports no version.'],
    });
    expect(judge(connector({ connectorVersion: '6.2510.x' }))).toEqual({
      level: 'warning',
      reasons: ['Version 6.2510.x cannot be read.'],
    });
  });

  it('judges by the releases config.json adds', () => {
    const rules: HealthRules = {
      ...DEFAULT_HEALTH_RULES,
      releases: releaseTable([{ version: '6.2611.1.1', released: '2026-05-01' }]),
    };
    expect(judge(connector({ connectorVersion: '6.2510.3.2002' }), rules)).toEqual({
      level: 'warning',
      reasons: ['Version 6.2510.3.2002: Unsupported since 1 Nov 2026 (update to 6.2611.1.1).'],
    });
  });

  it('changes the verdict on the day support ends, and says when', () => {
    const subject = connector({ connectorVersion: '6.2406.0.2002' });
    const before = Date.parse('2026-08-10T00:00:00Z');
    expect(judge(subject, DEFAULT_HEALTH_RULES, before).level).toBe('healthy');
    // Recently connected: the next change is the silence threshold, a day away; then the support date.
    const fresh = { ...subject, lastConnectionDateTime: new Date(before).toISOString() };
    const quiet = { ...fresh, lastConnectionDateTime: '0001-01-01T00:00:00Z' };
    expect(nextVerdictChange(fresh, DEFAULT_HEALTH_RULES, before)).toBe(before + 24 * HOUR + 1);
    expect(nextVerdictChange(quiet, DEFAULT_HEALTH_RULES, before)).toBe(
      Date.parse('2026-08-18T00:00:00Z'),
    );
  });
});
