import * as z from '@/config/zod';

import type { FieldShape } from './field-types';
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

/**
 * Every field in the model's order. One type per field, told apart by `kind` (or `key`): switching on
 * the kind narrows the field, and with it the type of `connector[field.key]`.
 */
export const fieldList = Object.values(connectorFields);
export type FieldEntry = (typeof fieldList)[number];

export const editableFieldList = fieldList.filter(
  (field): field is Extract<FieldEntry, { key: EditableField }> => field.access !== 'read-only',
);

export const fieldOf = <K extends FieldKey>(key: K): Fields[K] => connectorFields[key];

// The model seen per key, with each field's functions typed by its key's value: indexing this with a
// generic key K gives functions over Connector[K], which lets code that iterates the model call them.
type FieldsByKey = { [K in FieldKey]: FieldShape<Connector[K]> };
export const fieldsByKey: FieldsByKey = connectorFields;

/** The one equality for a property: what "changed", "conflicts" and "already applied" all mean. */
export function fieldEquals<K extends FieldKey>(
  key: K,
  a: Connector[K] | undefined,
  b: Connector[K] | undefined,
): boolean {
  if (a === undefined || b === undefined) return a === b;
  return fieldsByKey[key].equals(a, b);
}
