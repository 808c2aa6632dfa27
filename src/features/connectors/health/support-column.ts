import { formatDay } from '../lifecycle/calendar-dates';
import { SUPPORT_RANK, supportGroup } from '../lifecycle/support-filter';
import type { VersionStatus } from '../lifecycle/version-status';

import type { HealthVerdict } from './assess-health';

/** The status with its dates in words: the detail page and every export. */
export function supportInWords(status: VersionStatus): string {
  const stops =
    status.kind === 'unsupported' && status.until
      ? `; may stop working from ${formatDay(status.until)}`
      : '';
  return `${status.label}: ${status.detail}${stops}`;
}

/**
 * The Support column, derived from the verdict rather than read from Graph: one definition that the
 * list, its filter, the detail page, the exports and the fleet read (as they read the field model).
 */
export const SUPPORT_COLUMN = {
  key: 'support',
  header: 'Support',
  /** Sorts and filters by this URL name. */
  param: 'support',
  /** The cell's text; the fleet CSV's too. */
  text: (verdict: HealthVerdict) => verdict.support.label,
  words: (verdict: HealthVerdict) => supportInWords(verdict.support),
  rank: (verdict: HealthVerdict) => SUPPORT_RANK[supportGroup(verdict.support.kind)],
  fleetWidth: 200,
} as const;
