import fc from 'fast-check';

import { toLocalInputValue } from '@/lib/date-time';

import { connectorSchema } from '../../model/connector';
import {
  CONNECTOR_VERSION_MAX,
  DISPLAY_NAME_MAX,
  MACHINE_NAME_MAX,
  SCOPE_TAG_ID_MAX,
} from '../../model/fields';
import { CONNECTOR_STATES, DATE_TIME_OFFSET_PATTERN } from '../../model/graph-values';

import { connectorFormSchema, toConnectorPatch, toFormValues } from './form-values';

const GRAPH_CONNECTOR = {
  id: '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01',
  displayName: 'CERT01',
  machineName: 'CERT01.corp.contoso.com',
  connectorVersion: '6.2406.0.1001',
  state: 'active',
  enrolledDateTime: '2024-12-31T23:59:43.7971910-08:00',
  lastConnectionDateTime: '2026-11-28T11:58:00.0000000Z',
  roleScopeTagIds: ['0', '1'],
};
const FORM_VALUES = toFormValues(connectorSchema.parse(GRAPH_CONNECTOR));

const notAState = fc
  .string()
  .filter((value) => !(CONNECTOR_STATES as readonly string[]).includes(value));
const notAString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.object(),
  fc.array(fc.integer()),
);
const instant = fc.date({
  min: new Date('1970-01-01'),
  max: new Date('2200-12-31'),
  noInvalidDate: true,
});

// Ways a real Graph timestamp goes wrong: each one leaves something that is not an Edm.DateTimeOffset.
const BREAK_TIMESTAMP: ((iso: string) => string)[] = [
  (iso) => iso.replace(/(Z|[+-]\d\d:\d\d)$/, ''),
  (iso) => iso.replace('T', ' '),
  (iso) => iso.replace(/^\d{4}-\d\d/, (yearMonth) => `${yearMonth.slice(0, 5)}13`),
  (iso) => iso.replace(/T\d\d/, 'T24'),
  (iso) => iso.slice(2),
  (iso) => iso.replace(/Z$/, '+0100'),
  (iso) => `${iso} `,
];
const brokenTimestamp = fc
  .tuple(instant, fc.constantFrom(...BREAK_TIMESTAMP))
  .map(([date, breakIt]) => breakIt(date.toISOString()));

const rejects = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) =>
  !schema.safeParse(value).success;

describe('the Graph connector schema never accepts', () => {
  // A string state outside none/active/inactive is read (Graph's enums evolve); the form rejects it.
  it('a state that is not a string', () => {
    fc.assert(
      fc.property(notAString, (state) => rejects(connectorSchema, { ...GRAPH_CONNECTOR, state })),
    );
  });

  it('a timestamp that is not ISO 8601 with an offset', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          brokenTimestamp,
          fc.string().filter((text) => !DATE_TIME_OFFSET_PATTERN.test(text)),
        ),
        fc.constantFrom('enrolledDateTime', 'lastConnectionDateTime'),
        (value, field) => rejects(connectorSchema, { ...GRAPH_CONNECTOR, [field]: value }),
      ),
    );
  });

  it('a scope tag id that is neither a string nor null', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), notAString, (ids, bad) =>
        rejects(connectorSchema, { ...GRAPH_CONNECTOR, roleScopeTagIds: [...ids, bad] }),
      ),
    );
  });

  it('a string property of another type', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('id', 'displayName', 'machineName', 'connectorVersion'),
        notAString,
        (field, value) => rejects(connectorSchema, { ...GRAPH_CONNECTOR, [field]: value }),
      ),
    );
  });
});

const overLong = (max: number) =>
  fc.string({ minLength: max + 1, maxLength: max + 40 }).filter((text) => text.trim().length > max);

describe('the edit form never accepts', () => {
  it.each([
    ['displayName', DISPLAY_NAME_MAX],
    ['machineName', MACHINE_NAME_MAX],
    ['connectorVersion', CONNECTOR_VERSION_MAX],
  ] as const)('a %s longer than %i characters', (field, max) => {
    fc.assert(
      fc.property(overLong(max), (value) =>
        rejects(connectorFormSchema, { ...FORM_VALUES, [field]: value }),
      ),
    );
  });

  it('a blank display name', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\s*$/), (displayName) =>
        rejects(connectorFormSchema, { ...FORM_VALUES, displayName }),
      ),
    );
  });

  it('a state outside none/active/inactive', () => {
    fc.assert(
      fc.property(notAState, (state) => rejects(connectorFormSchema, { ...FORM_VALUES, state })),
    );
  });

  it('a scope tag id that is not a string, blank, over-long or repeated', () => {
    const badId = fc.oneof(notAString, fc.stringMatching(/^\s*$/), overLong(SCOPE_TAG_ID_MAX));
    fc.assert(
      fc.property(badId, (id) =>
        rejects(connectorFormSchema, { ...FORM_VALUES, roleScopeTagIds: ['0', id] }),
      ),
    );
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 10 }).filter((id) => id.trim() !== ''),
        (id) => rejects(connectorFormSchema, { ...FORM_VALUES, roleScopeTagIds: [id, id] }),
      ),
    );
  });

  it('a date and time that does not exist or is not one', () => {
    const impossible = fc
      .tuple(
        fc.integer({ min: 1900, max: 2200 }),
        fc.constantFrom('02-30', '02-31', '04-31', '13-01', '00-10'),
      )
      .map(([year, monthDay]) => `${year}-${monthDay}T10:00:00`);
    const notADate = fc
      .string()
      .filter((text) => !/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(text));
    fc.assert(
      fc.property(
        fc.oneof(impossible, notADate),
        fc.constantFrom('enrolledDateTime', 'lastConnectionDateTime'),
        (value, field) => rejects(connectorFormSchema, { ...FORM_VALUES, [field]: value }),
      ),
    );
  });
});

describe('the patch builder', () => {
  const arbitraryGraphConnector = fc.record({
    ...Object.fromEntries(
      Object.entries(GRAPH_CONNECTOR).map(([key, value]) => [key, fc.constant(value)]),
    ),
    displayName: fc.option(fc.string({ maxLength: 40 })),
    machineName: fc.option(fc.string({ maxLength: 40 })),
    state: fc.constantFrom(...CONNECTOR_STATES),
    roleScopeTagIds: fc.uniqueArray(fc.constantFrom('0', '1', '2', '3'), { minLength: 1 }),
    enrolledDateTime: instant.map((date) => date.toISOString().replace('Z', '0000Z')),
  });

  it('sends nothing but the type when the form is left as loaded', () => {
    fc.assert(
      fc.property(arbitraryGraphConnector, (graphConnector) => {
        const connector = connectorSchema.parse(graphConnector);
        const parsed = connectorFormSchema.safeParse(toFormValues(connector));
        fc.pre(parsed.success);
        if (!parsed.success) return;
        expect(toConnectorPatch(connector, parsed.data)).toEqual({
          '@odata.type': '#microsoft.graph.ndesConnector',
        });
      }),
    );
  });

  // Found by the property above: the form trims what it loaded, and the patch builder saw the trimmed
  // name as a change the user never made.
  it('sends nothing for a name Graph stored with a trailing space', () => {
    const connector = connectorSchema.parse({ ...GRAPH_CONNECTOR, displayName: 'CERT01 ' });
    const values = connectorFormSchema.parse(toFormValues(connector));
    expect(toConnectorPatch(connector, values)).toEqual({
      '@odata.type': '#microsoft.graph.ndesConnector',
    });
  });

  it('never sends an untouched timestamp, keeping Graph’s precision and offset', () => {
    fc.assert(
      fc.property(
        arbitraryGraphConnector,
        fc.constantFrom(...CONNECTOR_STATES),
        (graphConnector, state) => {
          const connector = connectorSchema.parse(graphConnector);
          const values = connectorFormSchema.parse({
            ...toFormValues(connector),
            displayName: 'Renamed',
            state,
          });
          const patch = toConnectorPatch(connector, values);
          expect(patch).not.toHaveProperty('enrolledDateTime');
          expect(patch).not.toHaveProperty('lastConnectionDateTime');
          expect(toLocalInputValue(connector.enrolledDateTime)).toBe(values.enrolledDateTime);
        },
      ),
    );
  });
});
