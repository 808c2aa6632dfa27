import {
  editableFieldList,
  fieldEquals,
  fieldOf,
  type Connector,
  type ConnectorPatch,
  type EditableField,
} from '../../model/connector';

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
export type ConflictChoices = Partial<Record<EditableField, ConflictChoice>>;

/** The fields someone else changed since `original` was loaded. */
export function changedSince(original: Connector, current: Connector): EditableField[] {
  return editableFieldList
    .map(({ key }) => key)
    .filter((key) => !fieldEquals(key, original[key], current[key]));
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
    .filter((field) => field in patch && !fieldEquals(field, patch[field], current[field]))
    .map((field) => ({
      field,
      label: fieldOf(field).label,
      original: original[field],
      theirs: current[field],
      yours: patch[field],
    }));
}

/** The patch after the user's choices: a field left to "theirs" is not sent, so Graph keeps their value. */
export function resolveConflicts(
  patch: ConnectorPatch,
  conflicts: FieldConflict[],
  choices: ConflictChoices,
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
