import * as z from '@/config/zod';
import {
  formatExact,
  fromLocalInputValue,
  parseLocalInputValue,
  toLocalInputValue,
} from '@/lib/date-time';

import { dateTimeOffsetSchema, isUnsetDateTime } from './graph-values';

/** Text that ignores a missing value: null and undefined are one "nothing". */
export const sameText = (a: string | null, b: string | null) => (a ?? null) === (b ?? null);

/** One instant written with different offsets is one value. */
export function sameInstant(a: string, b: string): boolean {
  const [left, right] = [Date.parse(a), Date.parse(b)];
  if (!Number.isNaN(left) && !Number.isNaN(right)) return left === right;
  return a === b;
}

/** Scope tags in any order are one value. */
export const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/** Text as the form sends it: trimmed, at most `max` characters, and not blank when `blank` says why. */
export const trimmedText = (
  max: number,
  { blank, tooLong = `Use at most ${max} characters` }: { blank?: string; tooLong?: string } = {},
) =>
  z
    .string()
    .check(
      z.trim(),
      ...(blank === undefined ? [] : [z.minLength(1, blank)]),
      z.maxLength(max, tooLong),
    );

/** A free-text property Graph may hold as null; the form edits it as text, blank meaning null. */
export const optionalText = { toInput: (value: string | null) => value ?? '' } as const;
export const blankToNull = (value: string) => value.trim() || null;
export const lowerText = (value: string | null) => (value ?? '').toLocaleLowerCase();

// Graph's unset date stays in the form as Graph sent it (the date input shows it blank): it passes
// validation and, untouched, equals the original, so it is never sent and never blocks a save.
export const dateTimeInput = {
  kind: 'date-time',
  schema: z.string().check(
    z.refine((value) => value !== '', 'Enter a date and time'),
    z.refine(
      (value) => value === '' || isUnsetDateTime(value) || parseLocalInputValue(value) !== null,
      'Enter a valid date and time',
    ),
  ),
  toInput: (value: string) => (isUnsetDateTime(value) ? value : toLocalInputValue(value)),
  // Compared by instant after this: a datetime-local input drops ":00" seconds from what it was given.
  fromInput: (value: string) => fromLocalInputValue(value) ?? value,
} as const;
export const dateTime = {
  graph: dateTimeOffsetSchema,
  kind: 'date-time',
  equals: sameInstant,
  format: (value: string) =>
    isUnsetDateTime(value) ? `Never (${value})` : `${formatExact(value)} — ${value}`,
} as const;
