import type { VersionStatusKind } from './version-status';

/** The statuses the timeline draws, each with its own colour, pattern and marker shape. */
export type TimelineStatus =
  'supported' | 'unsupported' | 'may-stop-working' | 'cannot-issue' | 'newer-than-table';

export type StatusLook = {
  label: string;
  /** A theme variable, so the colour follows the light or dark scheme (both tuned for WCAG AA). */
  color: string;
  pattern: 'solid' | 'diagonal' | 'crosshatch' | 'dots';
  marker: 'circle' | 'triangle' | 'square' | 'cross' | 'diamond';
};

// Each status differs in pattern and marker as well as colour, so that none is told by colour alone.
export const STATUS_LOOKS: Record<TimelineStatus, StatusLook> = {
  supported: {
    label: 'Supported',
    color: 'var(--mui-palette-success-main)',
    pattern: 'solid',
    marker: 'circle',
  },
  unsupported: {
    label: 'Unsupported',
    color: 'var(--mui-palette-warning-main)',
    pattern: 'diagonal',
    marker: 'triangle',
  },
  'may-stop-working': {
    label: 'May stop working',
    color: 'var(--mui-palette-error-main)',
    pattern: 'crosshatch',
    marker: 'square',
  },
  'cannot-issue': {
    label: "Can't issue",
    color: 'var(--mui-palette-text-primary)',
    pattern: 'dots',
    marker: 'cross',
  },
  'newer-than-table': {
    label: 'Newer than the table',
    color: 'var(--mui-palette-primary-main)',
    pattern: 'solid',
    marker: 'diamond',
  },
};

/** The timeline's status of a version status; undefined for one with no readable version. */
export function timelineStatus(kind: VersionStatusKind): TimelineStatus | undefined {
  return kind === 'unknown' || kind === 'unreadable' ? undefined : kind;
}
