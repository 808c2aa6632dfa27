import fc from 'fast-check';

import {
  connectorFormSchema,
  toConnectorPatch,
  toFormValues,
  type ConnectorFormValues,
} from '@/features/connectors/edit/form/form-values';
import { connectorSchema, type Connector } from '@/features/connectors/model/connector';
import { CONNECTOR_STATES } from '@/features/connectors/model/graph-values';
import { changedFields } from '@/features/connectors/model/patch';
import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { toLocalInputValue } from '@/lib/date-time';
import { graphFetch, graphRequest } from '@/lib/graph/graph-client';
import { GraphError } from '@/lib/graph/graph-error';
import { graphTimestamp } from '@/lib/graph/graph-timestamp';

import { mockDb } from '../node';

import { validateConnectorPatch } from './validate-connector-patch';

const TENANT = DEMO_ACCOUNT.tenantId;

const ID = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';
const TYPE = { '@odata.type': '#microsoft.graph.ndesConnector' };
const WRITABLE = [
  'displayName',
  'machineName',
  'connectorVersion',
  'state',
  'enrolledDateTime',
  'lastConnectionDateTime',
  'roleScopeTagIds',
];

const json = fc.jsonValue();
const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string()), fc.object());
const instant = fc.date({
  min: new Date('1970-01-01'),
  max: new Date('2200-12-31'),
  noInvalidDate: true,
});
const rejected = (body: unknown) => !validateConnectorPatch(body, ID).ok;

describe('the mock Graph rejects, as Graph does', () => {
  it('a body that is not a JSON object', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(json), fc.string(), fc.double(), fc.boolean(), fc.constant(null)),
        rejected,
      ),
    );
  });

  it('a property ndesConnector does not have, naming it', () => {
    // Names every object inherits are the ones a lookup table gets wrong.
    const inherited = fc.constantFrom(
      'constructor',
      'toString',
      'valueOf',
      'hasOwnProperty',
      '__proto__',
    );
    const unknown = fc.oneof(
      inherited,
      fc.string().filter((name) => ![...WRITABLE, 'id', '@odata.type'].includes(name)),
    );
    fc.assert(
      fc.property(unknown, json, (name, value) => {
        const result = validateConnectorPatch({ ...TYPE, [name]: value }, ID);
        expect(result).toMatchObject({ ok: false, target: name });
      }),
    );
  });

  it('a string property of another type', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('displayName', 'machineName', 'connectorVersion'),
        notAString,
        (name, value) => rejected({ ...TYPE, [name]: value }),
      ),
    );
  });

  it('a state outside none/active/inactive', () => {
    const notAState = fc.oneof(
      fc.string().filter((text) => !(CONNECTOR_STATES as readonly string[]).includes(text)),
      notAString,
    );
    fc.assert(fc.property(notAState, (state) => rejected({ ...TYPE, state })));
  });

  it('a timestamp without an offset, or a day that does not exist', () => {
    const noOffset = instant.map((date) => date.toISOString().replace('Z', ''));
    const noSuchDay = fc
      .tuple(
        fc.integer({ min: 1970, max: 2200 }),
        fc.constantFrom('02-30', '04-31', '13-01', '00-01'),
      )
      .map(([year, monthDay]) => `${year}-${monthDay}T00:00:00Z`);
    fc.assert(
      fc.property(
        fc.oneof(noOffset, noSuchDay, notAString, fc.constant(null)),
        fc.constantFrom('enrolledDateTime', 'lastConnectionDateTime'),
        (value, name) => rejected({ ...TYPE, [name]: value }),
      ),
    );
  });

  it('scope tags that are not an array of strings', () => {
    const badTags = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.tuple(fc.array(fc.string()), notAString).map(([ids, bad]) => [...ids, bad]),
    );
    fc.assert(fc.property(badTags, (roleScopeTagIds) => rejected({ ...TYPE, roleScopeTagIds })));
  });

  it('and answers each of them with a 400 in Graph’s error envelope', async () => {
    const error = await graphRequest(`/deviceManagement/ndesConnectors/${ID}`, {
      tenantId: TENANT,
      method: 'PATCH',
      body: { ...TYPE, state: 'enabled' },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 400, code: 'BadRequest', target: 'state' });
  });
});

// Every valid edit a user can make on the form: the form schema's own output.
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const formInput = fc.record({
  displayName: fc.oneof(text(60), fc.string({ minLength: 200, maxLength: 256 })),
  state: fc.constantFrom(...CONNECTOR_STATES),
  roleScopeTagIds: fc.uniqueArray(
    fc.oneof(fc.constantFrom('0', '1', '2', '3', '4', '5'), text(12)),
    { minLength: 1, maxLength: 6 },
  ),
  machineName: text(60),
  connectorVersion: text(20),
  lastConnectionDateTime: instant.map((date) => toLocalInputValue(date.toISOString())),
  enrolledDateTime: instant.map((date) => toLocalInputValue(date.toISOString())),
});
const validValues: fc.Arbitrary<ConnectorFormValues> = formInput
  .map((input) => connectorFormSchema.safeParse(input))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data as ConnectorFormValues);

const graphConnector: fc.Arbitrary<Connector> = fc
  .record({
    id: fc.constant(ID),
    displayName: fc.option(text(40).map((name) => name.trim())),
    machineName: fc.option(text(40).map((name) => name.trim())),
    connectorVersion: fc.option(text(20).map((version) => version.trim())),
    state: fc.constantFrom(...CONNECTOR_STATES),
    enrolledDateTime: instant.map((date) => graphTimestamp(date.getTime())),
    lastConnectionDateTime: instant.map((date) => date.toISOString().replace('Z', '+00:00')),
    roleScopeTagIds: fc.uniqueArray(fc.constantFrom('0', '1', '2'), { maxLength: 3 }),
  })
  .map((connector) => connectorSchema.parse(connector));

/** The form a user would see after saving `values`: what a round trip must give back. */
const asLoaded = (values: ConnectorFormValues) => ({
  ...values,
  roleScopeTagIds: [...values.roleScopeTagIds].sort(),
});

describe('the app never sends a malformed request', () => {
  it('the mock Graph accepts every patch the app builds, and it carries only writable changes', () => {
    fc.assert(
      fc.property(graphConnector, validValues, (original, values) => {
        const patch = toConnectorPatch(original, values);
        const result = validateConnectorPatch(patch, ID);
        expect(result).toMatchObject({ ok: true });
        const before = toFormValues(original);
        const after = toFormValues({ ...original, ...(result.ok ? result.changes : {}) });
        for (const field of changedFields(patch)) {
          expect(WRITABLE).toContain(field);
          expect(after[field], `${field} is sent only when it changed`).not.toEqual(before[field]);
        }
      }),
    );
  });

  it('round-trips every edit through the mock Graph: what was saved is what loads back', async () => {
    await fc.assert(
      fc.asyncProperty(validValues, async (values) => {
        const path = `/deviceManagement/ndesConnectors/${ID}`;
        const original = await graphFetch(path, { tenantId: TENANT, schema: connectorSchema });
        await graphRequest(path, {
          tenantId: TENANT,
          method: 'PATCH',
          body: toConnectorPatch(original, values),
        });
        const saved = await graphFetch(path, { tenantId: TENANT, schema: connectorSchema });
        const loaded = connectorFormSchema.parse(toFormValues(saved));
        expect(asLoaded(loaded)).toEqual(asLoaded(values));
      }),
      { numRuns: 40 },
    );
    expect(mockDb.getConnector(ID)).toBeDefined();
  });
});
