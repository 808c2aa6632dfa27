import { fieldOf, type FieldKey } from './connector';
import type { FormatContext } from './field-types';

/** A field's value as an admin reads it: tag names, state labels, local times with the raw value. */
export function formatField(key: FieldKey, value: unknown, context: FormatContext = {}): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  return fieldOf(key).format(value as never, context);
}
