import { fieldsByKey, type FieldKey } from './connector';
import { formatValue } from './field-ops';
import type { FormatContext } from './field-types';

/**
 * A field's value as an admin reads it: tag names, state labels, local times with the raw value. The
 * value comes from anywhere (a conflict, a patch), so it is read with the field's Graph schema first.
 */
export function formatField<K extends FieldKey>(
  key: K,
  value: unknown,
  context: FormatContext = {},
): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  const read = fieldsByKey[key].graph.safeParse(value);
  return read.success ? formatValue(key, read.data, context) : String(value);
}
