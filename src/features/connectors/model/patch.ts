import {
  editableFieldList,
  fieldEquals,
  type Connector,
  type ConnectorPatch,
  type EditableField,
} from './connector';

export function changedFields(patch: ConnectorPatch): EditableField[] {
  return editableFieldList.map(({ key }) => key).filter((key) => key in patch);
}

/** Two patches that would write the same values. */
export function patchEquals(a: ConnectorPatch, b: ConnectorPatch): boolean {
  const fields = changedFields(a);
  return (
    fields.length === changedFields(b).length &&
    fields.every((key) => key in b && fieldEquals(key, a[key], b[key]))
  );
}

/** Graph already holds every value in `patch`: sending it would change nothing. */
export function isApplied(current: Connector, patch: ConnectorPatch): boolean {
  return editableFieldList.every(
    ({ key }) => !(key in patch) || fieldEquals(key, patch[key], current[key]),
  );
}
