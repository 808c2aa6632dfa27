import { z } from 'zod';

// Built from graph-contract/ndesConnector.openapi.yaml (microsoft.graph.ndesConnector).
export const CONNECTOR_ODATA_TYPE = '#microsoft.graph.ndesConnector';

export const CONNECTOR_STATES = ['none', 'active', 'inactive'] as const;
export const connectorStateSchema = z.enum(CONNECTOR_STATES);
export type ConnectorState = z.infer<typeof connectorStateSchema>;

// The contract's Edm.DateTimeOffset pattern, verbatim: ISO 8601 with up to 12 fractional digits and Z or an offset.
export const DATE_TIME_OFFSET_PATTERN =
  /^[0-9]{4,}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]([.][0-9]{1,12})?(Z|[+-][0-9][0-9]:[0-9][0-9])$/;

const dateTimeOffsetSchema = z
  .string()
  .regex(DATE_TIME_OFFSET_PATTERN, 'Expected an ISO 8601 date-time with an offset');

const nullableString = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

export const connectorSchema = z
  .object({
    id: z.string().min(1),
    displayName: nullableString,
    machineName: nullableString,
    connectorVersion: nullableString,
    state: connectorStateSchema,
    enrolledDateTime: dateTimeOffsetSchema,
    lastConnectionDateTime: dateTimeOffsetSchema,
    // The contract marks items nullable; a null tag id carries nothing an admin can act on.
    roleScopeTagIds: z
      .array(z.string().nullable())
      .nullish()
      .transform((ids) => (ids ?? []).filter((id): id is string => id !== null)),
  })
  .loose();
export type Connector = z.infer<typeof connectorSchema>;

/** What a PATCH may carry: the @odata.type plus the writable properties that changed. */
export type ConnectorPatch = { '@odata.type': typeof CONNECTOR_ODATA_TYPE } & Partial<
  Pick<
    Connector,
    | 'displayName'
    | 'machineName'
    | 'connectorVersion'
    | 'state'
    | 'enrolledDateTime'
    | 'lastConnectionDateTime'
    | 'roleScopeTagIds'
  >
>;

/** The properties an admin can change: every writable ndesConnector property. */
export type EditableField = Exclude<keyof ConnectorPatch, '@odata.type'>;
