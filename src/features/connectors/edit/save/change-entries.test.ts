import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { NetworkError } from '@/lib/graph/graph-error';
import { testConnector } from '@/testing/connector-fixture';

import type { ConnectorPatch } from '../../model/connector';
import { CONNECTOR_ODATA_TYPE } from '../../model/graph-values';

import { changeEntries } from './change-entries';

const original = testConnector();
const input = {
  id: 'c1',
  original,
  patch: {
    '@odata.type': CONNECTOR_ODATA_TYPE,
    displayName: 'Mine',
    roleScopeTagIds: ['0', '7'],
  } satisfies ConnectorPatch as ConnectorPatch,
  clientRequestId: 'req-1',
  tenantId: DEMO_ACCOUNT.tenantId,
};
const at = new Date('2026-12-02T10:00:00.000Z');
const tags = [
  { id: '0', displayName: 'Default', description: null, isBuiltIn: true },
  { id: '7', displayName: 'Paris', description: null, isBuiltIn: false },
];

describe('changeEntries', () => {
  it('writes one entry per field, with old and new values in words and scope tags by name', () => {
    const connector = { ...original, displayName: 'Mine', roleScopeTagIds: ['0', '7'] };
    const response = { status: 204, requestId: 'graph-1', clientRequestId: 'req-1', date: null };
    const entries = changeEntries(
      input,
      { type: 'saved', result: { connector, response, notApplied: [] } },
      { at, tags },
    );
    expect(entries).toEqual([
      {
        at: '2026-12-02T10:00:00.000Z',
        tenantId: DEMO_ACCOUNT.tenantId,
        connectorId: 'c1',
        connectorName: 'CERT01',
        field: 'Display name',
        oldValue: 'CERT01',
        newValue: 'Mine',
        outcome: 'saved',
        detail: null,
        requestId: 'graph-1',
        clientRequestId: 'req-1',
      },
      expect.objectContaining({
        field: 'Scope tags',
        oldValue: expect.stringContaining('Default'),
        newValue: expect.stringContaining('Paris'),
      }),
    ]);
  });

  it('names the tenant a change went to, when it was not the sign-in tenant', () => {
    const entries = changeEntries(
      { ...input, tenantId: 'fab1' },
      { type: 'failed', error: new Error('refused'), retryable: false },
      { at, tags },
    );
    expect(entries.map((entry) => entry.tenantId)).toEqual(['fab1', 'fab1']);
  });

  it('says a change found already in Graph was not sent again', () => {
    const connector = { ...original, displayName: 'Mine', roleScopeTagIds: ['0', '7'] };
    const [entry] = changeEntries(
      input,
      { type: 'saved', result: { connector, response: null, notApplied: [] } },
      { at },
    );
    expect(entry).toMatchObject({ outcome: 'saved', requestId: null, clientRequestId: 'req-1' });
    expect(entry?.detail).toMatch(/already held it/);
  });

  it('marks the conflicting field with their value and the rest as not sent', () => {
    const conflict = {
      field: 'displayName' as const,
      label: 'Display name',
      original: 'CERT01',
      theirs: 'Theirs',
      yours: 'Mine',
    };
    const entries = changeEntries(
      input,
      { type: 'conflict', current: { ...original, displayName: 'Theirs' }, conflicts: [conflict] },
      { at },
    );
    expect(entries.map(({ outcome, detail }) => [outcome, detail])).toEqual([
      ['conflict', 'Someone else changed it meanwhile to Theirs.'],
      ['conflict', 'Not sent: another field conflicted.'],
    ]);
  });

  it('calls a lost answer "may have been applied", with the client-request-id sent', () => {
    const error = new NetworkError({
      clientRequestId: 'req-1',
      cause: new TypeError('fetch failed'),
      request: { method: 'PATCH', path: '/deviceManagement/ndesConnectors/c1' },
      timedOut: true,
    });
    const [entry] = changeEntries(input, { type: 'maybe-applied', error }, { at });
    expect(entry).toMatchObject({
      outcome: 'may have been applied',
      detail: 'Microsoft Graph did not answer in time. Check your network connection.',
      requestId: null,
      clientRequestId: 'req-1',
    });
  });
});
