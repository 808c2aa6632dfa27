import {
  editableFieldList,
  fieldEquals,
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
