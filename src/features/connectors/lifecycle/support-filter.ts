import type { VersionStatusKind } from './version-status';

/** The support filter's choices: the lifecycle kinds an admin acts on alike share one. */
export type SupportGroup =
  'supported' | 'unsupported' | 'may-stop-working' | 'cannot-issue' | 'unknown';

export const SUPPORT_GROUPS: readonly SupportGroup[] = [
  'supported',
  'unsupported',
  'may-stop-working',
  'cannot-issue',
  'unknown',
];

export const SUPPORT_GROUP_LABELS: Record<SupportGroup, string> = {
  supported: 'Supported',
  unsupported: 'Unsupported',
  'may-stop-working': 'May stop working',
  'cannot-issue': "Can't issue",
  unknown: 'Unknown',
};

// A version newer than the table has no end of support in sight; one not reported or not readable has none known.
const GROUP_OF: Record<VersionStatusKind, SupportGroup> = {
  supported: 'supported',
  'newer-than-table': 'supported',
  unsupported: 'unsupported',
  'may-stop-working': 'may-stop-working',
  'cannot-issue': 'cannot-issue',
  unknown: 'unknown',
  unreadable: 'unknown',
};

export const supportGroup = (kind: VersionStatusKind): SupportGroup => GROUP_OF[kind];

/** Worst first, for sorting: what stops working soonest leads. */
export const SUPPORT_RANK: Record<SupportGroup, number> = {
  'cannot-issue': 0,
  'may-stop-working': 1,
  unsupported: 2,
  unknown: 3,
  supported: 4,
};
