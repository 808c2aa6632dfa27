import { releaseTable, type ReleaseTable } from '../lifecycle/release-table';
import { useReleaseTable } from '../lifecycle/release-table-store';

import { DEFAULT_HEALTH_SETTINGS, useHealthSettings, type HealthSettings } from './health-settings';

/** What a verdict is judged by: the admin's silence thresholds and the connector release table. */
export type HealthRules = HealthSettings & { releases: ReleaseTable };

export const DEFAULT_HEALTH_RULES: HealthRules = {
  ...DEFAULT_HEALTH_SETTINGS,
  releases: releaseTable(),
};

// One object per pair, shared by every reader: the fleet keeps rows while its rules stay the same object.
let last: HealthRules = DEFAULT_HEALTH_RULES;

function rulesOf(settings: HealthSettings, releases: ReleaseTable): HealthRules {
  const { releases: lastReleases, ...lastSettings } = last;
  const sameSettings =
    lastSettings.warningAfterHours === settings.warningAfterHours &&
    lastSettings.unhealthyAfterDays === settings.unhealthyAfterDays;
  if (!sameSettings || lastReleases !== releases) last = { ...settings, releases };
  return last;
}

/** The rules in force: the stored thresholds and the release table from the app and config.json. */
export const useHealthRules = (): HealthRules => rulesOf(useHealthSettings(), useReleaseTable());
