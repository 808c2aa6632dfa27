import fc from 'fast-check';

import exampleResponse from '@/testing/fixtures/graph-docs-example/update-response.json?raw';

import { connectorSchema } from './connector';
import { CONNECTOR_STATES } from './graph-values';

const valid = {
  id: 'e71fa706-a706-e71f-06a7-1fe706a71fe7',
  displayName: 'CERT01',
  machineName: 'CERT01.corp.contoso.com',
  connectorVersion: '6.2406.0.1001',
  state: 'active',
  enrolledDateTime: '2026-01-01T00:00:00Z',
  lastConnectionDateTime: '2026-11-28T12:00:00.1234567Z',
  roleScopeTagIds: ['0'],
};

describe('connectorSchema', () => {
  it("parses the response of Microsoft's docs example, timestamps untouched", () => {
    const connector = connectorSchema.parse(JSON.parse(exampleResponse));

    expect(connector).toMatchObject({
      id: 'e71fa706-a706-e71f-06a7-1fe706a71fe7',
      displayName: 'Display Name value',
      state: 'active',
      lastConnectionDateTime: '2016-12-31T23:58:36.6670033-08:00',
      enrolledDateTime: '2016-12-31T23:59:43.797191-08:00',
      roleScopeTagIds: ['Role Scope Tag Ids value'],
    });
  });

  it('reads null or missing strings as null', () => {
    const withoutMachine: Partial<typeof valid> = { ...valid };
    delete withoutMachine.machineName;
    const connector = connectorSchema.parse({
      ...withoutMachine,
      displayName: null,
      connectorVersion: null,
    });

    expect(connector).toMatchObject({
      displayName: null,
      machineName: null,
      connectorVersion: null,
    });
  });

  it('drops null scope tag ids and reads a null list as no tags', () => {
    expect(
      connectorSchema.parse({ ...valid, roleScopeTagIds: ['0', null, '2'] }).roleScopeTagIds,
    ).toEqual(['0', '2']);
    expect(connectorSchema.parse({ ...valid, roleScopeTagIds: null }).roleScopeTagIds).toEqual([]);
  });

  it('accepts every documented state', () => {
    for (const state of CONNECTOR_STATES) {
      expect(connectorSchema.parse({ ...valid, state }).state).toBe(state);
    }
  });

  it.each([
    'yesterday',
    '2016-12-31',
    '2016-12-31T23:58:36',
    '2016-12-31 23:58:36Z',
    '2016-13-01T00:00:00Z',
    '2016-12-31T24:00:00Z',
    '2016-12-31T23:58:36+0800',
  ])('rejects %j as a DateTimeOffset', (value) => {
    expect(connectorSchema.safeParse({ ...valid, enrolledDateTime: value }).success).toBe(false);
    expect(connectorSchema.safeParse({ ...valid, lastConnectionDateTime: value }).success).toBe(
      false,
    );
  });

  it('reads any string state, keeping a value Graph added later (evolvable enums)', () => {
    fc.assert(
      fc.property(fc.string(), (state) => {
        expect(connectorSchema.parse({ ...valid, state }).state).toBe(state);
      }),
    );
  });

  it('rejects a state that is not a string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.constant(null), fc.boolean()), (state) => {
        expect(connectorSchema.safeParse({ ...valid, state }).success).toBe(false);
      }),
    );
  });

  it('rejects a scope tag id that is neither a string nor null', () => {
    const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.object(), fc.array(fc.string()));
    fc.assert(
      fc.property(fc.array(fc.string()), notAString, fc.nat(), (ids, bad, at) => {
        const roleScopeTagIds: unknown[] = [...ids];
        roleScopeTagIds.splice(at % (ids.length + 1), 0, bad);
        expect(connectorSchema.safeParse({ ...valid, roleScopeTagIds }).success).toBe(false);
      }),
    );
  });

  it('rejects a connector without an id', () => {
    expect(connectorSchema.safeParse({ ...valid, id: '' }).success).toBe(false);
  });
});
