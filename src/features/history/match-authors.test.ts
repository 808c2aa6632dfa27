import type { AuthorQuestion } from '@/lib/change-authors';

import { auditEventSchema } from './audit-event';
import { matchAuthors } from './match-authors';

const CONNECTOR = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';
const OTHER = '8a7d5c3b-2e19-4f6a-b0d4-6e1f9c2a3b02';

type EventInit = {
  at: string;
  by: string;
  resourceId?: string;
  operation?: string;
  result?: string;
  properties?: [name: string, newValue: string | null][];
};

const event = ({
  at,
  by,
  resourceId = CONNECTOR,
  operation = 'Patch',
  result,
  properties = [],
}: EventInit) =>
  auditEventSchema.parse({
    id: crypto.randomUUID(),
    activity: `${operation} NdesConnector`,
    activityOperationType: operation,
    activityDateTime: at,
    activityResult: result ?? 'Success',
    actor: { userPrincipalName: by },
    resources: [
      {
        resourceId,
        modifiedProperties: properties.map(([displayName, newValue]) => ({
          displayName,
          oldValue: 'before',
          newValue,
        })),
      },
    ],
  });

const ask = (question: Omit<AuthorQuestion, 'key' | 'connectorId'>, connectorId = CONNECTOR) => ({
  key: `${connectorId}:${question.kind}`,
  connectorId,
  ...question,
});

describe('matchAuthors', () => {
  it('names who renamed the connector to its new name, newest event first', () => {
    const events = [
      event({
        at: '2026-03-02T10:00:00Z',
        by: 'jordan@contoso.example',
        properties: [['DisplayName', 'PKI-01']],
      }),
      event({
        at: '2026-03-01T10:00:00Z',
        by: 'sam@contoso.example',
        properties: [['DisplayName', 'PKI-01']],
      }),
    ];
    const rename = ask({ kind: 'renamed', newName: 'PKI-01' });
    expect(matchAuthors([rename], events).get(rename.key)).toEqual({
      name: 'jordan@contoso.example',
      at: '2026-03-02T10:00:00Z',
    });
  });

  it('leaves a rename unnamed when no event set that name', () => {
    const events = [
      event({
        at: '2026-03-02T10:00:00Z',
        by: 'jordan@contoso.example',
        properties: [['DisplayName', 'Other']],
      }),
      event({
        at: '2026-03-02T09:00:00Z',
        by: 'sam@contoso.example',
        properties: [['RoleScopeTagIds', 'PKI-01']],
      }),
    ];
    expect(matchAuthors([ask({ kind: 'renamed', newName: 'PKI-01' })], events).size).toBe(0);
  });

  it('matches a name cleared in the admin center, whether the event says "" or nothing', () => {
    const cleared = ask({ kind: 'renamed', newName: '' });
    for (const newValue of ['', null]) {
      const events = [
        event({ at: '2026-03-02T10:00:00Z', by: 'jordan@contoso.example', properties: [] }),
        event({
          at: '2026-03-01T10:00:00Z',
          by: 'sam@contoso.example',
          properties: [['DisplayName', newValue]],
        }),
      ];
      expect(matchAuthors([cleared], events).get(cleared.key)?.name).toBe('sam@contoso.example');
    }
  });

  it('matches a state change to the event that changed the state, and a delete to the delete', () => {
    const events = [
      event({
        at: '2026-03-02T11:00:00Z',
        by: 'priya@contoso.example',
        operation: 'Delete',
        resourceId: OTHER,
      }),
      event({
        at: '2026-03-02T10:00:00Z',
        by: 'sam@contoso.example',
        properties: [['displayName', 'X']],
      }),
      event({
        at: '2026-03-02T09:00:00Z',
        by: 'jordan@contoso.example',
        properties: [['State', 'inactive']],
      }),
    ];
    const state = ask({ kind: 'state' });
    const gone = ask({ kind: 'gone' }, OTHER);
    const authors = matchAuthors([state, gone], events);
    expect(authors.get(state.key)?.name).toBe('jordan@contoso.example');
    expect(authors.get(gone.key)?.name).toBe('priya@contoso.example');
  });

  it("ignores another connector's events and failed attempts", () => {
    const events = [
      event({
        at: '2026-03-02T11:00:00Z',
        by: 'other@contoso.example',
        resourceId: OTHER,
        properties: [['State', 'inactive']],
      }),
      event({
        at: '2026-03-02T10:00:00Z',
        by: 'failed@contoso.example',
        result: 'Failure',
        properties: [['State', 'inactive']],
      }),
      event({
        at: '2026-03-02T09:00:00Z',
        by: 'other@contoso.example',
        resourceId: OTHER,
        operation: 'Delete',
      }),
    ];
    expect(matchAuthors([ask({ kind: 'state' }), ask({ kind: 'gone' })], events).size).toBe(0);
  });

  it('names who created an added connector when the log has the create', () => {
    const added = ask({ kind: 'added' });
    const created = event({ at: '2026-03-02T10:00:00Z', by: 'Autopilot', operation: 'Create' });
    expect(matchAuthors([added], [created]).get(added.key)?.name).toBe('Autopilot');
    expect(matchAuthors([added], []).size).toBe(0);
  });
});
