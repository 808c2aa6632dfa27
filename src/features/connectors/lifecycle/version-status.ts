import { compareVersions } from '../model/graph-values';

import { addMonths, formatDay, startOfDay } from './calendar-dates';
import { MINIMUM_WORKING_VERSION } from './connector-releases';
import { newestRelease, readVersion, supersededOn, type ReleaseTable } from './release-table';

export type LifecycleLevel = 'none' | 'warning' | 'unhealthy';

export type VersionStatusKind =
  | 'supported'
  | 'unsupported'
  | 'may-stop-working'
  | 'cannot-issue'
  | 'newer-than-table'
  | 'unknown'
  | 'unreadable';

export type VersionStatus = {
  kind: VersionStatusKind;
  level: LifecycleLevel;
  label: string;
  detail: string;
  /** The day (year-month-day, UTC) this status began. */
  since?: string;
  /** The day this status ends and the next, worse one begins. */
  until?: string;
  /** The newest released version, when updating is the fix. */
  updateTo?: string;
};

// Microsoft Learn, certificate connector "Lifecycle": a version is supported until six months after the
// next release, and may keep working until 18 months after it (SOURCE_URL in connector-releases.ts).
export const SUPPORT_MONTHS = 6;
export const WORKING_MONTHS = 18;

/** Where a connector version stands in the connector's support lifecycle at `now` (ms). */
export function versionStatus(
  raw: string | null | undefined,
  table: ReleaseTable,
  now: number,
): VersionStatus {
  const version = readVersion(raw);
  if (!raw?.trim()) {
    return {
      kind: 'unknown',
      level: 'none',
      label: 'Unknown version',
      detail: 'no version reported',
    };
  }
  if (!version) {
    const label = `Version ${raw.trim()} cannot be read`;
    return { kind: 'unreadable', level: 'none', label, detail: 'not a dotted version number' };
  }
  const updateTo = newestRelease(table, now)?.version;
  const update = updateTo ? `update to ${updateTo}` : 'update the connector';
  if (compareVersions(version, MINIMUM_WORKING_VERSION) < 0) {
    const label = 'Can no longer issue or revoke certificates';
    const detail = `older than ${MINIMUM_WORKING_VERSION}: ${update}`;
    return { kind: 'cannot-issue', level: 'unhealthy', label, detail, updateTo };
  }
  const superseded = supersededOn(table, version);
  if (!superseded) return newestStatus(version, table);
  const until = addMonths(superseded, SUPPORT_MONTHS);
  const stops = addMonths(superseded, WORKING_MONTHS);
  if (now < startOfDay(until)) {
    const detail = `supported until ${formatDay(until)}`;
    return { kind: 'supported', level: 'none', label: 'Supported', detail, until };
  }
  if (now < startOfDay(stops)) {
    const label = `Unsupported since ${formatDay(until)}`;
    const since = until;
    return {
      kind: 'unsupported',
      level: 'warning',
      label,
      detail: update,
      since,
      until: stops,
      updateTo,
    };
  }
  const label = `May stop working since ${formatDay(stops)}`;
  return {
    kind: 'may-stop-working',
    level: 'unhealthy',
    label,
    detail: update,
    since: stops,
    updateTo,
  };
}

function newestStatus(version: string, table: ReleaseTable): VersionStatus {
  const newest = table.releases[0];
  if (newest && compareVersions(version, newest.version) === 0) {
    const detail = `newest release (${formatDay(newest.released)})`;
    return { kind: 'supported', level: 'none', label: 'Supported', detail };
  }
  const label = `Newer than the release table (as of ${formatDay(table.asOf)})`;
  return { kind: 'newer-than-table', level: 'none', label, detail: 'no support dates known yet' };
}
