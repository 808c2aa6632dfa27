import { compareVersions } from '../model/graph-values';

import { startOfDay } from './calendar-dates';
import { AS_OF, CONNECTOR_RELEASES, SOURCE_URL, type ConnectorRelease } from './connector-releases';

export type ReleaseTable = {
  /** Newest version first. */
  releases: readonly ConnectorRelease[];
  /** The shipped table's date, or the newest release config.json adds if later. */
  asOf: string;
  sourceUrl: string;
};

const VERSION = /^\d+(\.\d+)*$/;

/** The version as written, trimmed, when it is dotted numbers ("6.2510.3.2002"); otherwise undefined. */
export function readVersion(raw: string | null | undefined): string | undefined {
  const version = raw?.trim();
  return version && VERSION.test(version) ? version : undefined;
}

/**
 * The shipped releases plus those from config.json. A version in both takes config's date: an app
 * updated to ship a release the admin had already added must keep starting, and config is the newer word.
 */
export function releaseTable(fromConfig: readonly ConnectorRelease[] = []): ReleaseTable {
  const shipped = CONNECTOR_RELEASES.filter(
    (release) => !fromConfig.some((added) => compareVersions(added.version, release.version) === 0),
  );
  const releases = [...shipped, ...fromConfig].sort((a, b) =>
    compareVersions(b.version, a.version),
  );
  const asOf = [AS_OF, ...fromConfig.map((release) => release.released)].sort().at(-1) ?? AS_OF;
  return { releases, asOf, sourceUrl: SOURCE_URL };
}

/** The newest version released by `now` (the newest listed if all lie ahead): what to update to. */
export function newestRelease(table: ReleaseTable, now: number): ConnectorRelease | undefined {
  return table.releases.find((release) => startOfDay(release.released) <= now) ?? table.releases[0];
}

/**
 * The date a newer version first came out: the next listed release above `version`, listed or not, or
 * the earliest newer one should config.json give an out-of-order date. Undefined when none is newer.
 */
export function supersededOn(table: ReleaseTable, version: string): string | undefined {
  return table.releases
    .filter((release) => compareVersions(release.version, version) > 0)
    .map((release) => release.released)
    .sort()[0];
}
