import { FIELD_LABELS, type EditableField } from '../review/field-labels';
import type { Connector, ConnectorPatch } from '../types';

export type FieldConflict = {
  field: EditableField;
  label: string;
  /** What the form was loaded with. */
  original: unknown;
  /** What Graph holds now: someone else's change. */
  theirs: unknown;
  /** What this user wants to send. */
  yours: unknown;
};

export type ConflictChoice = 'theirs' | 'yours';

const FIELDS = Object.keys(FIELD_LABELS) as EditableField[];

const DATE_FIELDS: ReadonlySet<EditableField> = new Set([
  'lastConnectionDateTime',
  'enrolledDateTime',
]);

/** Scope tags in any order are one value, and so is one instant written with different offsets. */
export function sameValue(field: EditableField, a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item) => b.includes(item));
  }
  if (DATE_FIELDS.has(field) && typeof a === 'string' && typeof b === 'string') {
    const [left, right] = [Date.parse(a), Date.parse(b)];
    if (!Number.isNaN(left) && !Number.isNaN(right)) return left === right;
  }
  return (a ?? null) === (b ?? null);
}

/** The fields someone else changed since `original` was loaded. */
export function changedSince(original: Connector, current: Connector): EditableField[] {
  return FIELDS.filter((field) => !sameValue(field, original[field], current[field]));
}

/**
 * Fields both this user and someone else changed, to different values. A field the other change set to
 * exactly what this user wants is not a conflict.
 */
export function findConflicts(
  original: Connector,
  current: Connector,
  patch: ConnectorPatch,
): FieldConflict[] {
  return changedSince(original, current)
    .filter((field) => field in patch && !sameValue(field, patch[field], current[field]))
    .map((field) => ({
      field,
      label: FIELD_LABELS[field],
      original: original[field],
      theirs: current[field],
      yours: patch[field],
    }));
}

/** Graph already holds every value in `patch`: sending it would change nothing. */
export function isApplied(current: Connector, patch: ConnectorPatch): boolean {
  return FIELDS.every(
    (field) => !(field in patch) || sameValue(field, patch[field], current[field]),
  );
}

/** The patch after the user's choices: a field left to "theirs" is not sent, so Graph keeps their value. */
export function resolveConflicts(
  patch: ConnectorPatch,
  conflicts: FieldConflict[],
  choices: Partial<Record<EditableField, ConflictChoice>>,
): ConnectorPatch {
  const keptTheirs = new Set(
    conflicts
      .filter((conflict) => choices[conflict.field] !== 'yours')
      .map((conflict) => conflict.field),
  );
  return Object.fromEntries(
    Object.entries(patch).filter(([key]) => !keptTheirs.has(key as EditableField)),
  ) as ConnectorPatch;
}
