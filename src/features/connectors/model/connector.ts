import * as z from '@/config/zod';

import type { FieldDef } from './field-types';
import { connectorFields } from './fields';
import type { CONNECTOR_ODATA_TYPE } from './graph-values';

type Fields = typeof connectorFields;
export type FieldKey = keyof Fields;

const graphShape = Object.fromEntries(
  Object.entries(connectorFields).map(([key, field]) => [key, field.graph]),
) as { [K in FieldKey]: Fields[K]['graph'] };

export const connectorSchema = z.looseObject(graphShape);
export type Connector = z.infer<typeof connectorSchema>;

/** The properties an admin can change: every writable ndesConnector property. */
export type EditableField = {
  [K in FieldKey]: Fields[K]['access'] extends 'read-only' ? never : K;
}[FieldKey];

/** What a PATCH may carry: the @odata.type plus the writable properties that changed. */
export type ConnectorPatch = { '@odata.type': typeof CONNECTOR_ODATA_TYPE } & Partial<
  Pick<Connector, EditableField>
>;

/** A field of any value type, for code that iterates the model. */
export type AnyField = FieldDef<never, never> & {
  equals(a: unknown, b: unknown): boolean;
  format: FieldDef['format'];
};

/** Every field in the model's order, with its key. */
export const fieldList = Object.entries(connectorFields).map(([key, field]) => ({
  ...(field as unknown as AnyField),
  key: key as FieldKey,
}));
export type FieldEntry = (typeof fieldList)[number];

export const editableFieldList = fieldList.filter(
  (field): field is FieldEntry & { key: EditableField } => field.access !== 'read-only',
);

export const fieldOf = (key: FieldKey): FieldEntry =>
  fieldList.find((field) => field.key === key) as FieldEntry;

/** The one equality for a property: what "changed", "conflicts" and "already applied" all mean. */
export function fieldEquals<K extends FieldKey>(
  key: K,
  a: Connector[K] | undefined,
  b: Connector[K] | undefined,
): boolean {
  if (a === undefined || b === undefined) return a === b;
  return fieldOf(key).equals(a, b);
}
