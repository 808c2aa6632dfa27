import { fieldsByKey, type Connector, type FieldKey } from '@/features/connectors/public';

// Here rather than in the model, so that the first page (which has the model) does not carry them.
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
