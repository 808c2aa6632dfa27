import fc from 'fast-check';

import { parseLocalInputValue, toLocalInputValue } from '@/lib/date-time';

import type { Connector, EditableField } from '../../model/connector';
import { DISPLAY_NAME_MAX } from '../../model/fields';
import { CONNECTOR_ODATA_TYPE, CONNECTOR_STATES } from '../../model/graph-values';
import { changedFields } from '../../model/patch';

import {
  connectorFormSchema,
  toConnectorPatch,
  toFormValues,
  type ConnectorFormInput,
} from './form-values';

const connector: Connector = {
  id: 'a1b7e3d5-4f2c-4e8a-b6d9-3c5f7a9e1b10',
  displayName: 'West coast NDES',
  machineName: 'CERT-USW-01.corp.contoso.com',
  connectorVersion: '6.2406.0.1001',
  state: 'active',
  enrolledDateTime: '2024-12-31T23:59:43.7971910-08:00',
  lastConnectionDateTime: '2026-11-28T04:02:00.6670033-08:00',
  roleScopeTagIds: ['0', '1'],
};

const input = (changes: Partial<ConnectorFormInput> = {}): ConnectorFormInput => ({
  ...toFormValues(connector),
  ...changes,
});
const messages = (values: ConnectorFormInput) => {
  const result = connectorFormSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};
const patchFor = (changes: Partial<ConnectorFormInput>) =>
  toConnectorPatch(connector, connectorFormSchema.parse(input(changes)));

describe('connectorFormSchema', () => {
  it("accepts a connector's own values", () => {
    expect(messages(input())).toEqual([]);
  });

  it.each(['', '   '])('asks for a display name when it is %j', (displayName) => {
    expect(messages(input({ displayName }))).toEqual(['Enter a display name']);
  });

  it('caps the display name length', () => {
    expect(messages(input({ displayName: 'x'.repeat(DISPLAY_NAME_MAX) }))).toEqual([]);
    expect(messages(input({ displayName: 'x'.repeat(DISPLAY_NAME_MAX + 1) }))).toEqual([
      `Use at most ${DISPLAY_NAME_MAX} characters`,
    ]);
  });

  it.each(['2026-02-30T10:00:00', '2026-11-28T25:00', 'yesterday'])(
    'refuses %j as a date and time',
    (value) => {
      expect(messages(input({ enrolledDateTime: value }))).toEqual(['Enter a valid date and time']);
    },
  );

  it('asks for a date and time when it is cleared', () => {
    expect(messages(input({ lastConnectionDateTime: '' }))).toEqual(['Enter a date and time']);
  });

  it.each([
    [['1', '1'], 'Each scope tag can be picked once'],
    [['1', ' 1 '], 'Each scope tag can be picked once'],
    [['0', '  '], 'A scope tag id cannot be blank'],
  ])('refuses the scope tags %j', (roleScopeTagIds, message) => {
    expect(messages(input({ roleScopeTagIds }))).toEqual([message]);
  });

  it('asks for at least one scope tag', () => {
    expect(messages(input({ roleScopeTagIds: [] }))).toEqual([
      'Pick at least one scope tag (Intune uses "Default" when nothing else applies)',
    ]);
  });

  it('trims what the user typed', () => {
    expect(connectorFormSchema.parse(input({ displayName: '  CERT01  ' })).displayName).toBe(
      'CERT01',
    );
  });
});

describe('toConnectorPatch', () => {
  it('sends only the @odata.type when nothing changed', () => {
    const patch = patchFor({});
    expect(patch).toEqual({ '@odata.type': CONNECTOR_ODATA_TYPE });
    expect(changedFields(patch)).toEqual([]);
  });

  it('sends just the changed fields, and never an untouched timestamp', () => {
    expect(patchFor({ displayName: 'CERT-USW-01', state: 'inactive' })).toEqual({
      '@odata.type': CONNECTOR_ODATA_TYPE,
      displayName: 'CERT-USW-01',
      state: 'inactive',
    });
  });

  it('does not count reordered scope tags as a change', () => {
    expect(changedFields(patchFor({ roleScopeTagIds: ['1', '0'] }))).toEqual([]);
  });

  it('sends the whole tag list when a tag is added', () => {
    expect(patchFor({ roleScopeTagIds: ['0', '1', '3'] }).roleScopeTagIds).toEqual(['0', '1', '3']);
  });

  it('sends null for a cleared machine name or version', () => {
    expect(patchFor({ machineName: '', connectorVersion: '  ' })).toEqual({
      '@odata.type': CONNECTOR_ODATA_TYPE,
      machineName: null,
      connectorVersion: null,
    });
  });

  it('does not count a time the input wrote without its ":00" seconds as a change', () => {
    const onTheMinute = { ...connector, lastConnectionDateTime: '2026-11-28T12:02:00Z' };
    const asTheInputHoldsIt = toLocalInputValue(onTheMinute.lastConnectionDateTime).replace(
      /:00$/,
      '',
    );
    const values = connectorFormSchema.parse({
      ...toFormValues(onTheMinute),
      lastConnectionDateTime: asTheInputHoldsIt,
    });

    expect(changedFields(toConnectorPatch(onTheMinute, values))).toEqual([]);
  });

  it('sends an edited timestamp as the local time entered, with its offset', () => {
    const patch = patchFor({ enrolledDateTime: '2025-01-15T08:30:00' });

    expect(changedFields(patch)).toEqual(['enrolledDateTime']);
    expect(patch.enrolledDateTime).toMatch(/^2025-01-15T08:30:00[+-]\d\d:\d\d$/);
    expect(Date.parse(patch.enrolledDateTime ?? '')).toBe(
      parseLocalInputValue('2025-01-15T08:30:00')?.getTime(),
    );
  });
});

// ---- Properties over arbitrary connectors and arbitrary valid edits ----

const WRITABLE: EditableField[] = [
  'displayName',
  'state',
  'roleScopeTagIds',
  'machineName',
  'connectorVersion',
  'lastConnectionDateTime',
  'enrolledDateTime',
];
const text = (maxLength: number) =>
  fc
    .string({ minLength: 1, maxLength })
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
const tagId = fc.oneof(fc.constantFrom('0', '1', '2', '3', '4', '5'), text(8));
const tagIds = fc.uniqueArray(tagId, { minLength: 1, maxLength: 5 });
const instant = fc.date({
  min: new Date('1970-01-02T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});
/** An Edm.DateTimeOffset as Graph writes them: any offset, 0 to 7 fractional digits. */
const graphTimestamp = fc
  .tuple(instant, fc.integer({ min: -48, max: 56 }), fc.nat({ max: 7 }), fc.nat({ max: 9_999_999 }))
  .map(([date, quarterHours, digits, fraction]) => {
    const offset = quarterHours * 15;
    const wall = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
    const sign = offset < 0 ? '-' : '+';
    const hhmm = `${String(Math.trunc(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
    const fractionText = digits ? `.${String(fraction).padStart(7, '0').slice(0, digits)}` : '';
    return `${wall}${fractionText}${sign}${hhmm}`;
  });

const arbitraryConnector: fc.Arbitrary<Connector> = fc.record({
  id: fc.uuid(),
  displayName: fc.option(text(40)),
  machineName: fc.option(text(40)),
  connectorVersion: fc.option(text(20)),
  state: fc.constantFrom(...CONNECTOR_STATES),
  enrolledDateTime: graphTimestamp,
  lastConnectionDateTime: graphTimestamp,
  roleScopeTagIds: tagIds,
});

type Edit = { values: ConnectorFormInput; changed: Set<EditableField> };
type FieldEdit = { field: EditableField; changed: boolean; value: string | string[] };

const padded = (value: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.constantFrom('', ' ', '  '), value, fc.constantFrom('', ' '))
    .map((parts) => parts.join(''));
const localTime = instant.map((date) => toLocalInputValue(date.toISOString()));
const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** For each field, a value the user might enter that differs from what the form loaded. */
function changedValues(
  original: Connector,
): Record<EditableField, fc.Arbitrary<string | string[]>> {
  const start = toFormValues(original);
  const other = (current: string, maxLength: number) =>
    text(maxLength).filter((value) => value !== current);
  // A loaded value can also be cleared; an empty one can only be filled in.
  const otherOrCleared = (current: string, maxLength: number) =>
    current ? fc.oneof(fc.constant(''), other(current, maxLength)) : text(maxLength);
  return {
    displayName: padded(other(start.displayName, 40)),
    state: fc.constantFrom(...CONNECTOR_STATES.filter((state) => state !== original.state)),
    roleScopeTagIds: tagIds.filter((ids) => !sameSet(ids, original.roleScopeTagIds)),
    machineName: otherOrCleared(start.machineName, 40),
    connectorVersion: otherOrCleared(start.connectorVersion, 20),
    lastConnectionDateTime: localTime.filter((value) => value !== start.lastConnectionDateTime),
    enrolledDateTime: localTime.filter((value) => value !== start.enrolledDateTime),
  };
}

/** A valid edit of `original`: each field either kept as loaded (tags maybe reordered) or changed. */
function arbitraryEdit(original: Connector): fc.Arbitrary<Edit> {
  const start = toFormValues(original);
  const changed = changedValues(original);
  const kept = (field: EditableField): fc.Arbitrary<string | string[]> =>
    field === 'roleScopeTagIds'
      ? fc.shuffledSubarray(start.roleScopeTagIds, { minLength: start.roleScopeTagIds.length })
      : fc.constant(start[field]);
  const fieldEdit = (field: EditableField): fc.Arbitrary<FieldEdit> =>
    // An unnamed connector cannot keep its empty name: the form requires one.
    (field === 'displayName' && start.displayName === '' ? fc.constant(true) : fc.boolean()).chain(
      (change) =>
        (change ? changed[field] : kept(field)).map((value) => ({ field, changed: change, value })),
    );
  return fc.tuple(...WRITABLE.map(fieldEdit)).map((edits) => ({
    values: Object.fromEntries(
      edits.map(({ field, value }) => [field, value]),
    ) as ConnectorFormInput,
    changed: new Set(edits.filter((edit) => edit.changed).map((edit) => edit.field)),
  }));
}

const connectorAndEdit = arbitraryConnector.chain((original) =>
  arbitraryEdit(original).map((edit) => ({ original, ...edit })),
);

describe('toConnectorPatch, for any valid edit of any connector', () => {
  it('sends exactly the changed fields, plus @odata.type', () => {
    fc.assert(
      fc.property(connectorAndEdit, ({ original, values, changed }) => {
        const patch = toConnectorPatch(original, connectorFormSchema.parse(values));
        expect(patch['@odata.type']).toBe(CONNECTOR_ODATA_TYPE);
        expect(new Set(changedFields(patch))).toEqual(changed);
      }),
    );
  });

  it('never sends a property the ndesConnector does not have', () => {
    fc.assert(
      fc.property(connectorAndEdit, ({ original, values }) => {
        const patch = toConnectorPatch(original, connectorFormSchema.parse(values));
        for (const key of Object.keys(patch)) {
          expect(['@odata.type', ...WRITABLE]).toContain(key);
        }
      }),
    );
  });

  it('round-trips: the patched connector loads back into the values that were saved', () => {
    fc.assert(
      fc.property(connectorAndEdit, ({ original, values }) => {
        const saved = connectorFormSchema.parse(values);
        const updated: Connector = { ...original, ...toConnectorPatch(original, saved) };

        const reloaded = connectorFormSchema.parse(toFormValues(updated));
        expect({ ...reloaded, roleScopeTagIds: [...reloaded.roleScopeTagIds].sort() }).toEqual({
          ...saved,
          roleScopeTagIds: [...saved.roleScopeTagIds].sort(),
        });
        expect(changedFields(toConnectorPatch(updated, saved))).toEqual([]);
      }),
    );
  });
});

describe('connectorFormSchema, for any input', () => {
  it('rejects a state outside none/active/inactive', () => {
    fc.assert(
      fc.property(fc.string(), (state) => {
        fc.pre(!(CONNECTOR_STATES as readonly string[]).includes(state));
        expect(connectorFormSchema.safeParse({ ...input(), state }).success).toBe(false);
      }),
    );
  });

  it('rejects a scope tag id that is not a string', () => {
    const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.object());
    fc.assert(
      fc.property(fc.uniqueArray(text(8), { maxLength: 4 }), notAString, (ids, bad) => {
        const roleScopeTagIds: unknown[] = [...ids, bad];
        expect(connectorFormSchema.safeParse({ ...input(), roleScopeTagIds }).success).toBe(false);
      }),
    );
  });
});
