import type { ConnectorFormInput } from '../form/form-values';

import { contestedFields, draftValuesFor, type StoredDraft } from './draft-store';

const base: ConnectorFormInput = {
  displayName: 'CERT01',
  state: 'active',
  roleScopeTagIds: ['0', '1'],
  machineName: 'CERT01.corp.contoso.com',
  connectorVersion: '6.2406.0.1001',
  lastConnectionDateTime: '2026-11-28T12:00:00',
  enrolledDateTime: '2024-12-31T23:59:43',
};

const draftOf = (values: Partial<ConnectorFormInput>): StoredDraft => ({
  savedAt: '2026-11-28T12:05:00.000Z',
  reason: 'autosave',
  values: { ...base, ...values },
  base,
});

describe('draftValuesFor', () => {
  it("restores the user's edits and keeps every other field as Graph holds it now", () => {
    const now = { ...base, state: 'inactive' as const };
    expect(draftValuesFor(draftOf({ displayName: 'CERT01 (HQ)' }), now)).toEqual({
      ...now,
      displayName: 'CERT01 (HQ)',
    });
  });
});

describe('contestedFields', () => {
  it('names a field both the draft and someone else changed', () => {
    const now = { ...base, state: 'none' as const, machineName: 'renamed.contoso.com' };
    expect(contestedFields(draftOf({ state: 'inactive', displayName: 'X' }), now)).toEqual([
      'state',
    ]);
  });

  it('names nothing when the other change touched only fields the draft left alone', () => {
    const now = { ...base, state: 'none' as const };
    expect(contestedFields(draftOf({ displayName: 'X' }), now)).toEqual([]);
  });

  it('names nothing for a draft from before drafts kept their base', () => {
    const legacy: StoredDraft = { ...draftOf({ state: 'inactive' }), base: undefined };
    expect(contestedFields(legacy, { ...base, state: 'none' })).toEqual([]);
  });
});
