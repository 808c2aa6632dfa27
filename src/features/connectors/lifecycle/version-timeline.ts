import type { Connector } from '../model/connector';
import { compareVersions } from '../model/graph-values';

import { addMonths, startOfDay } from './calendar-dates';
import { newestRelease, readVersion, supersededOn, type ReleaseTable } from './release-table';
import { timelineStatus, type TimelineStatus } from './status-looks';
import {
  SUPPORT_MONTHS,
  versionStatus,
  WORKING_MONTHS,
  type VersionStatus,
} from './version-status';

export type TimelineConnector = Pick<Connector, 'connectorVersion'> & { tenantId?: string };

/** A stretch of a version's life in one status, in ms. */
export type TimelineSegment = { status: TimelineStatus; from: number; to: number };

export type TimelineRow = {
  version: string;
  /** Its release date, when the release table lists it. */
  released?: string;
  /** Six months after the next release; undefined for the newest. */
  supportedUntil?: string;
  /** Eighteen months after the next release. */
  stopsFrom?: string;
  connectors: number;
  tenants: number;
  status: VersionStatus & { kind: TimelineStatus };
  segments: TimelineSegment[];
};

export type VersionTimeline = {
  /** Newest version first. */
  rows: TimelineRow[];
  start: number;
  end: number;
  today: number;
  /** Connectors with no readable version, which the timeline cannot place. */
  unplaced: number;
};

const DAY = 86_400_000;
// Room either side of the first release and of the last date drawn (or today, if later).
const MARGIN = 60 * DAY;

/**
 * Each version the connectors run (and the newest release) on the support timeline at `now`: its
 * window (released, supported until, may stop working from), its status, and how many connectors (and
 * tenants) run it.
 */
export function versionTimeline(
  connectors: readonly TimelineConnector[],
  table: ReleaseTable,
  now: number,
): VersionTimeline {
  const { tallies, unplaced } = tallyVersions(connectors);
  const newest = newestRelease(table, now)?.version;
  if (newest && !tallies.some((tally) => compareVersions(tally.version, newest) === 0)) {
    tallies.push({ version: newest, connectors: 0, tenants: 0 });
  }
  const windows = tallies
    .sort((a, b) => compareVersions(b.version, a.version))
    .map((tally) => ({ ...tally, ...supportWindow(table, tally.version) }));
  const days = windows.flatMap((row) => [row.released, row.stopsFrom]).filter(isDefined);
  const start = Math.min(now, ...days.map(startOfDay)) - MARGIN;
  const end = Math.max(now, ...days.map(startOfDay)) + MARGIN;
  const rows = windows.flatMap((row): TimelineRow[] => {
    const status = versionStatus(row.version, table, now);
    const kind = timelineStatus(status.kind);
    if (!kind) return [];
    return [{ ...row, status: { ...status, kind }, segments: segments(row, kind, start, end) }];
  });
  return { rows, start, end, today: now, unplaced };
}

type Tally = { version: string; connectors: number; tenants: number };

/** How many connectors (and distinct tenants) run each readable version, equal versions together. */
function tallyVersions(connectors: readonly TimelineConnector[]) {
  const byVersion = new Map<
    string,
    { version: string; connectors: number; tenants: Set<string> }
  >();
  let unplaced = 0;
  for (const connector of connectors) {
    const version = readVersion(connector.connectorVersion);
    if (!version) {
      unplaced += 1;
      continue;
    }
    const key = version.replace(/(\.0+)+$/, '');
    const entry = byVersion.get(key) ?? { version, connectors: 0, tenants: new Set<string>() };
    entry.connectors += 1;
    entry.tenants.add(connector.tenantId ?? '');
    byVersion.set(key, entry);
  }
  const tallies = [...byVersion.values()].map((entry): Tally => ({
    ...entry,
    tenants: entry.tenants.size,
  }));
  return { tallies, unplaced };
}

function supportWindow(table: ReleaseTable, version: string) {
  const released = table.releases.find(
    (release) => compareVersions(release.version, version) === 0,
  )?.released;
  const next = supersededOn(table, version);
  if (!next) return { released };
  return {
    released,
    supportedUntil: addMonths(next, SUPPORT_MONTHS),
    stopsFrom: addMonths(next, WORKING_MONTHS),
  };
}

type Window = ReturnType<typeof supportWindow>;

/** The stretches to draw: from the release (or the timeline's start when unlisted) to its end. */
function segments(
  row: Window,
  kind: TimelineStatus,
  start: number,
  end: number,
): TimelineSegment[] {
  const from = row.released ? startOfDay(row.released) : start;
  if (kind === 'cannot-issue') return [{ status: kind, from, to: end }];
  if (kind === 'newer-than-table') return [];
  if (!row.supportedUntil || !row.stopsFrom) return [{ status: 'supported', from, to: end }];
  const until = startOfDay(row.supportedUntil);
  const stops = startOfDay(row.stopsFrom);
  return [
    { status: 'supported' as const, from, to: until },
    { status: 'unsupported' as const, from: until, to: stops },
    { status: 'may-stop-working' as const, from: stops, to: end },
  ]
    .map((segment) => ({ ...segment, from: Math.max(segment.from, start) }))
    .filter((segment) => segment.to > segment.from);
}

const isDefined = <T>(value: T | undefined): value is T => value !== undefined;
