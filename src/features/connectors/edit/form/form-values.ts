import * as z from '@/config/zod';

import {
  editableFieldList,
  fieldEquals,
  type Connector,
  type ConnectorPatch,
  type EditableField,
} from '../../model/connector';
import type { FieldInput } from '../../model/field-types';
import { connectorFields } from '../../model/fields';
import { CONNECTOR_ODATA_TYPE } from '../../model/graph-values';

type Fields = typeof connectorFields;
type InputOf<K extends EditableField> = NonNullable<Fields[K]['input']>;
type FormShape = { [K in EditableField]: InputOf<K>['schema'] };
// Per field (distributive), so each keeps its own input type.
type WithInput<F> = F extends { input?: infer I } ? F & { input: NonNullable<I> } : never;

/** The form's input per editable field, as the model describes it. */
export const formInputs = editableFieldList.filter(
  (field): field is WithInput<(typeof editableFieldList)[number]> => field.input !== undefined,
);

export const connectorFormSchema = z.object(
  Object.fromEntries(formInputs.map(({ key, input }) => [key, input.schema])) as FormShape,
);

export type ConnectorFormInput = z.input<typeof connectorFormSchema>;
export type ConnectorFormValues = z.output<typeof connectorFormSchema>;
export type FormField = keyof ConnectorFormInput;

// The inputs seen per key: indexing with a generic key K gives an input over K's own types.
const inputsByKey: {
  [K in EditableField]: { input?: FieldInput<Connector[K], ConnectorFormInput[K]> };
} = connectorFields;

function inputOf<K extends EditableField>(key: K) {
  const { input } = inputsByKey[key];
  if (!input) throw new Error(`The model gives ${key} no input`);
  return input;
}

export function toFormValues(connector: Connector): ConnectorFormInput {
  return Object.fromEntries(
    formInputs.map(({ key }) => [key, inputOf(key).toInput(connector[key])]),
  ) as ConnectorFormInput;
}

/** A form value as Graph would store it: the side of the comparison `fieldEquals` understands. */
const stored = <K extends EditableField>(key: K, value: ConnectorFormInput[K] | undefined) =>
  value === undefined ? undefined : inputOf(key).fromInput(value);

/** Two form values that would write the same thing: a stray space or a dropped ":00" is no change. */
export const sameFormValue = <K extends EditableField>(
  key: K,
  a: ConnectorFormInput[K] | undefined,
  b: ConnectorFormInput[K] | undefined,
) => fieldEquals(key, stored(key, a), stored(key, b));

/**
 * The PATCH body for an edit: only the properties whose value changed.
 * An untouched timestamp is never sent, so Graph keeps its full precision and original offset.
 */
export function toConnectorPatch(original: Connector, values: ConnectorFormValues): ConnectorPatch {
  const loaded = toFormValues(original);
  const patch: ConnectorPatch = { '@odata.type': CONNECTOR_ODATA_TYPE };
  for (const { key } of formInputs) {
    // Compared as the form loaded the original: a stray space Graph stored is not a change the user made.
    if (!sameFormValue(key, loaded[key], values[key])) {
      Object.assign(patch, { [key]: stored(key, values[key]) });
    }
  }
  return patch;
}
