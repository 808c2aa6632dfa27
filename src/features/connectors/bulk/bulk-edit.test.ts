import { testConnector } from '@/testing/connector-fixture';

import type { Connector } from '../model/connector';

import { EMPTY_BULK_EDIT, isEmptyEdit, planBulkEdit, type BulkEdit } from './bulk-edit';
import { renamed, unknownPlaceholders } from './rename';

const connector = (overrides: Partial<Connector>): Connector =>
  testConnector({ machineName: 'CERT01.corp.contoso.com', ...overrides });
const edit = (overrides: Partial<BulkEdit>): BulkEdit => ({ ...EMPTY_BULK_EDIT, ...overrides });

describe('planBulkEdit', () => {
  it('sends only the fields that change, with @odata.type, and counts the rest as unchanged', () => {
    const active = connector({ id: 'a' });
    const inactive = connector({ id: 'b', state: 'inactive' });

    const plan = planBulkEdit([active, inactive], edit({ state: 'inactive' }));

    expect(plan.changes).toEqual([
      {
        connector: active,
        patch: { '@odata.type': '#microsoft.graph.ndesConnector', state: 'inactive' },
      },
    ]);
    expect(plan.unchanged).toEqual([inactive]);
  });

  it('adds and removes scope tags without duplicates, and refuses to leave none', () => {
    const plan = planBulkEdit(
      [
        connector({ id: 'a', roleScopeTagIds: ['0', '1'] }),
        connector({ id: 'b', roleScopeTagIds: ['1'] }),
      ],
      edit({ addTagIds: ['2', '0'], removeTagIds: ['1'] }),
    );
    expect(plan.changes[0]?.patch.roleScopeTagIds).toEqual(['0', '2']);
    expect(plan.changes[1]?.patch.roleScopeTagIds).toEqual(['2', '0']);

    const none = planBulkEdit(
      [connector({ roleScopeTagIds: ['1'] })],
      edit({ removeTagIds: ['1'] }),
    );
    expect(none.invalid[0]?.problem).toMatch(/without a scope tag/);
  });

  it('does not send a field the edit leaves alone', () => {
    const plan = planBulkEdit([connector({})], edit({ rename: { kind: 'prefix', text: 'PKI ' } }));
    expect(Object.keys(plan.changes[0]?.patch ?? {})).toEqual(['@odata.type', 'displayName']);
  });

  it('leaves out a connector whose state the app does not know, whatever the edit', () => {
    const future = connector({ id: 'f', state: 'unknownFutureValue' as Connector['state'] });

    const plan = planBulkEdit([future], edit({ rename: { kind: 'suffix', text: ' (old)' } }));

    expect(plan.changes).toEqual([]);
    expect(plan.invalid).toEqual([
      { connector: future, problem: expect.stringContaining('"unknownFutureValue"') as string },
    ]);
  });

  it('treats an empty edit as nothing to do', () => {
    expect(isEmptyEdit(EMPTY_BULK_EDIT)).toBe(true);
    expect(isEmptyEdit(edit({ rename: { kind: 'prefix', text: '' } }))).toBe(true);
    expect(isEmptyEdit(edit({ state: 'active' }))).toBe(false);
  });
});

describe('rename rules', () => {
  const cert = connector({ displayName: 'old NDES' });
  it.each([
    [{ kind: 'prefix', text: 'EU ' }, 'EU old NDES'],
    [{ kind: 'suffix', text: ' (retired)' }, 'old NDES (retired)'],
    [{ kind: 'replace', find: 'old', replaceWith: 'new' }, 'new NDES'],
    [{ kind: 'template', template: '{machine} NDES' }, 'CERT01.corp.contoso.com NDES'],
    [{ kind: 'template', template: '{host} – {name}' }, 'CERT01 – old NDES'],
  ] as const)('%o gives %s', (rule, name) => {
    expect(renamed(cert, rule)).toEqual({ name });
  });

  it('says when a template needs a machine name the connector does not have', () => {
    expect(
      renamed(connector({ machineName: null }), { kind: 'template', template: '{machine} NDES' }),
    ).toEqual({
      problem: 'It has no machine name for the template.',
    });
  });

  it('names placeholders that do not exist', () => {
    expect(unknownPlaceholders('{machine} {server}')).toEqual(['server']);
  });

  it("takes no property of a plain object's prototype for a placeholder", () => {
    const template = '{__proto__} {constructor} {toString} {hasOwnProperty}';
    expect(unknownPlaceholders(template)).toEqual([
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
    ]);
    for (const name of ['__proto__', 'constructor', 'toString']) {
      expect(renamed(cert, { kind: 'template', template: `{machine} {${name}}` })).toEqual({
        problem: `Unknown placeholder {${name}}.`,
      });
    }
  });

  it('refuses a name that the display name field would refuse', () => {
    const plan = planBulkEdit(
      [connector({})],
      edit({ rename: { kind: 'template', template: '   ' } }),
    );
    expect(plan.invalid[0]?.problem).toBe('Enter a display name');
  });
});
