import { fieldsByKey, type Connector, type FieldKey } from './connector';

/** Two connectors in the order of the field's list column; 0 for a field that has no sort. */
export function compareField<K extends FieldKey>(key: K, a: Connector, b: Connector): number {
  return fieldsByKey[key].column?.sort?.compare(a[key], b[key]) ?? 0;
}
