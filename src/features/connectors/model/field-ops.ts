import { fieldsByKey, type Connector, type FieldKey } from './connector';
import type { FormatContext } from './field-types';

/** Two connectors in the order of the field's list column; 0 for a field that has no sort. */
export function compareField<K extends FieldKey>(key: K, a: Connector, b: Connector): number {
  return fieldsByKey[key].column?.sort?.compare(a[key], b[key]) ?? 0;
}

/** A value as an admin reads it, for a value already typed as the property's. */
export function formatValue<K extends FieldKey>(
  key: K,
  value: Connector[K] | undefined,
  context: FormatContext = {},
): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  return fieldsByKey[key].format(value, context);
}

/** The field's text in the fleet's cell, search and CSV: the Graph value as it is, by default. */
export function fleetText<K extends FieldKey>(key: K, connector: Connector): string {
  const value = connector[key];
  const text = fieldsByKey[key].fleet?.text;
  if (text) return text(value);
  return value === null || value === undefined ? '' : String(value);
}

/** What the fleet sorts the field's column by, where that is not its text. */
export function fleetSortValue<K extends FieldKey>(
  key: K,
  connector: Connector,
): number | string | undefined {
  return fieldsByKey[key].fleet?.sortValue?.(connector[key]);
}
