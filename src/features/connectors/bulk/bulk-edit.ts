import {
  editableFieldList,
  fieldEquals,
  fieldOf,
  type Connector,
  type ConnectorPatch,
} from '../model/connector';
import { CONNECTOR_ODATA_TYPE, type ConnectorState } from '../model/graph-values';
import { changedFields } from '../model/patch';
import { readOnlyReason } from '../model/read-connector';

import { renamed, type RenameRule } from './rename';

/** What the bulk editor asks for. A field left alone (no state, no tags, rename 'none') is not sent. */
export type BulkEdit = {
  state: ConnectorState | null;
  /** Scope tag ids, picked by name in the editor. */
  addTagIds: string[];
  removeTagIds: string[];
  rename: RenameRule;
};

export const EMPTY_BULK_EDIT: BulkEdit = {
  state: null,
  addTagIds: [],
  removeTagIds: [],
  rename: { kind: 'none' },
};

export type PlannedChange = { connector: Connector; patch: ConnectorPatch };
export type BulkPlan = {
  changes: PlannedChange[];
  /** Already as asked: counted, shown and skipped. */
  unchanged: Connector[];
  /**
   * The edit cannot apply to these: a template needs a machine name it does not have, a blank name, or a
   * state the app does not know (it is read-only, as on its own page).
   */
  invalid: { connector: Connector; problem: string }[];
};

function nextTags(connector: Connector, edit: BulkEdit): string[] {
  const kept = connector.roleScopeTagIds.filter((id) => !edit.removeTagIds.includes(id));
  return [...kept, ...edit.addTagIds.filter((id) => !kept.includes(id))];
}

/** The wanted values for one connector, or a problem; only fields the edit touches appear. */
function wanted(
  connector: Connector,
  edit: BulkEdit,
): { values: Partial<Connector> } | { problem: string } {
  const readOnly = readOnlyReason(connector);
  if (readOnly) return { problem: readOnly };
  const values: Partial<Connector> = {};
  if (edit.state) values.state = edit.state;
  if (edit.addTagIds.length > 0 || edit.removeTagIds.length > 0) {
    const tags = nextTags(connector, edit);
    if (tags.length === 0) return { problem: 'It would be left without a scope tag.' };
    values.roleScopeTagIds = tags;
  }
  const name = renamed(connector, edit.rename);
  if (name && 'problem' in name) return name;
  if (name) {
    const parsed = fieldOf('displayName').input?.schema.safeParse(name.name);
    if (!parsed?.success) return { problem: parsed?.error.issues[0]?.message ?? 'Invalid name.' };
    values.displayName = name.name.trim();
  }
  return { values };
}

/** Each selected connector's PATCH: only the fields whose value would change, plus `@odata.type`. */
export function planBulkEdit(connectors: Connector[], edit: BulkEdit): BulkPlan {
  const plan: BulkPlan = { changes: [], unchanged: [], invalid: [] };
  for (const connector of connectors) {
    const wish = wanted(connector, edit);
    if ('problem' in wish) {
      plan.invalid.push({ connector, problem: wish.problem });
      continue;
    }
    const { values } = wish;
    const patch: ConnectorPatch = { '@odata.type': CONNECTOR_ODATA_TYPE };
    for (const { key } of editableFieldList) {
      const value = values[key];
      if (value !== undefined && !fieldEquals(key, value, connector[key])) {
        Object.assign(patch, { [key]: value });
      }
    }
    if (changedFields(patch).length > 0) plan.changes.push({ connector, patch });
    else plan.unchanged.push(connector);
  }
  return plan;
}

export function isEmptyEdit(edit: BulkEdit): boolean {
  return (
    edit.state === null &&
    edit.addTagIds.length === 0 &&
    edit.removeTagIds.length === 0 &&
    (edit.rename.kind === 'none' ||
      (edit.rename.kind === 'replace' && edit.rename.find === '') ||
      ((edit.rename.kind === 'prefix' || edit.rename.kind === 'suffix') && edit.rename.text === ''))
  );
}
