import { startOfDay } from '../lifecycle/calendar-dates';
import type { ReleaseTable } from '../lifecycle/release-table';
import { versionStatus, type VersionStatus } from '../lifecycle/version-status';

type Finding = { level: 'warning' | 'unhealthy'; reason: string };

/** The connector version's support status and, where it calls for action, its finding in words. */
export function versionFinding(
  version: string | null,
  releases: ReleaseTable,
  now: number,
): { support: VersionStatus; finding?: Finding } {
  const support = versionStatus(version, releases, now);
  switch (support.kind) {
    case 'unknown':
      return {
        support,
        finding: { level: 'warning', reason: 'The connector reports no version.' },
      };
    case 'unreadable':
      // Its support dates cannot be known: as good as no version for an admin deciding what to update.
      return { support, finding: { level: 'warning', reason: `${support.label}.` } };
    case 'unsupported':
    case 'may-stop-working':
    case 'cannot-issue':
      return {
        support,
        finding: {
          level: support.level === 'unhealthy' ? 'unhealthy' : 'warning',
          reason: `Version ${version?.trim() ?? ''}: ${support.label} (${support.detail}).`,
        },
      };
    case 'supported':
    case 'newer-than-table':
      return { support };
  }
}

/**
 * The next moment after `now` when the version's status may change: the end of its support window, or
 * a release config.json dates in the future (it becomes the version to update to). Infinity if none.
 */
export function nextSupportChange(support: VersionStatus, releases: ReleaseTable, now: number) {
  const moments = [support.until, ...releases.releases.map((release) => release.released)]
    .flatMap((day) => (day ? [startOfDay(day)] : []))
    .filter((moment) => moment > now);
  return Math.min(Infinity, ...moments);
}
