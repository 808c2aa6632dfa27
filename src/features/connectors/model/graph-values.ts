import { z } from 'zod';

// Built from graph-contract/ndesConnector.openapi.yaml (microsoft.graph.ndesConnector).
export const CONNECTOR_ODATA_TYPE = '#microsoft.graph.ndesConnector';

export const CONNECTOR_STATES = ['none', 'active', 'inactive'] as const;
export const connectorStateSchema = z.enum(CONNECTOR_STATES);
export type ConnectorState = z.infer<typeof connectorStateSchema>;

export const STATE_LABELS: Record<ConnectorState, string> = {
  active: 'Active',
  inactive: 'Inactive',
  none: 'Not available yet',
};

// The contract's Edm.DateTimeOffset pattern, verbatim: ISO 8601 with up to 12 fractional digits and Z or an offset.
export const DATE_TIME_OFFSET_PATTERN =
  /^[0-9]{4,}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]([.][0-9]{1,12})?(Z|[+-][0-9][0-9]:[0-9][0-9])$/;

export const dateTimeOffsetSchema = z
  .string()
  .regex(DATE_TIME_OFFSET_PATTERN, 'Expected an ISO 8601 date-time with an offset');

export const nullableString = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

// The contract marks items nullable; a null tag id carries nothing an admin can act on.
export const scopeTagIdsSchema = z
  .array(z.string().nullable())
  .nullish()
  .transform((ids) => (ids ?? []).filter((id): id is string => id !== null));

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
