import * as z from '@/config/zod';

// Built from graph-contract/ndesConnector.openapi.yaml (microsoft.graph.ndesConnector).
export const CONNECTOR_ODATA_TYPE = '#microsoft.graph.ndesConnector';

export const CONNECTOR_STATES = ['none', 'active', 'inactive'] as const;
/** The states this app knows: what the form may write. */
export const connectorStateSchema = z.enum(CONNECTOR_STATES);
export type ConnectorState = z.infer<typeof connectorStateSchema>;
// Graph's enums are evolvable: a newer service answers `unknownFutureValue` or a member added after this
// app was built. Any string is read, so one such connector cannot take the list down.
// https://learn.microsoft.com/graph/best-practices-concept#handling-future-members-in-evolvable-enumerations
export const graphStateSchema = z.string();

export const STATE_LABELS: Record<ConnectorState, string> = {
  active: 'Active',
  inactive: 'Inactive',
  none: 'Not available yet',
};

export const isKnownState = (value: string): value is ConnectorState =>
  (CONNECTOR_STATES as readonly string[]).includes(value);

/** "Active", or "Unknown (unknownFutureValue)" for a value this app does not know. */
export const stateLabel = (value: string) =>
  isKnownState(value) ? STATE_LABELS[value] : `Unknown (${value})`;

// Intune writes .NET's DateTime.MinValue for a timestamp it never set (a connector that never connected).
const UNSET_DATE_TIME = /^0001-01-01T00:00:00(\.0+)?(Z|[+-]00:00)$/;
export const isUnsetDateTime = (value: string) => UNSET_DATE_TIME.test(value);

// The contract's Edm.DateTimeOffset pattern, verbatim: ISO 8601 with up to 12 fractional digits and Z or an offset.
export const DATE_TIME_OFFSET_PATTERN =
  /^[0-9]{4,}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]([.][0-9]{1,12})?(Z|[+-][0-9][0-9]:[0-9][0-9])$/;

export const dateTimeOffsetSchema = z
  .string()
  .check(z.regex(DATE_TIME_OFFSET_PATTERN, 'Expected an ISO 8601 date-time with an offset'));

// The contract marks items nullable; a null tag id carries nothing an admin can act on.
export const scopeTagIdsSchema = z.pipe(
  z.nullish(z.array(z.nullable(z.string()))),
  z.transform((ids) => (ids ?? []).filter((id): id is string => id !== null)),
);

/** -1, 0 or 1, comparing dotted versions numerically: 6.2301.1.0 < 6.2406.0.1001. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const right = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** A dotted version as text that sorts as compareVersions does: each part zero-padded to ten digits. */
export const versionSortKey = (value: string | null) =>
  (value ?? '')
    .split('.')
    .map((part) => String(Number.parseInt(part, 10) || 0).padStart(10, '0'))
    .join('.');
