import { actorName, auditEventSchema, eventsOfConnector, resourcesOf } from './audit-event';

const CONNECTOR = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';
const OTHER = '8a7d5c3b-2e19-4f6a-b0d4-6e1f9c2a3b02';

const event = (id: string, resourceIds: string[], actor: Record<string, unknown> = {}) =>
  auditEventSchema.parse({
    id,
    actor,
    resources: resourceIds.map((resourceId) => ({
      resourceId,
      modifiedProperties: [{ displayName: `Of ${resourceId}`, oldValue: 'a', newValue: 'b' }],
    })),
  });

describe('eventsOfConnector', () => {
  it("keeps this connector's events and leaves out another connector's", () => {
    const events = [event('1', [CONNECTOR]), event('2', [OTHER]), event('3', [])];
    expect(eventsOfConnector(events, CONNECTOR).map((e) => e.id)).toEqual(['1']);
  });

  it('keeps an event that names several resources when one of them is this connector', () => {
    const both = event('1', [OTHER, CONNECTOR.toUpperCase()]);
    expect(eventsOfConnector([both], CONNECTOR)).toEqual([both]);
    // …and shows only this connector's properties from it.
    expect(resourcesOf(both, CONNECTOR).map((r) => r.modifiedProperties?.[0]?.displayName)).toEqual(
      [`Of ${CONNECTOR.toUpperCase()}`],
    );
  });

  it('reads events whose every optional field is missing or null', () => {
    const bare = auditEventSchema.parse({ id: 'x', actor: null, resources: null, extra: 1 });
    expect(eventsOfConnector([bare], CONNECTOR)).toEqual([]);
    expect(actorName(bare)).toBe('Unknown');
  });
});

describe('actorName', () => {
  it("names the admin by UPN, or an app's change by the application's name", () => {
    expect(
      actorName(
        event('1', [], { userPrincipalName: 'a@contoso.example', applicationDisplayName: 'X' }),
      ),
    ).toBe('a@contoso.example');
    expect(
      actorName(event('2', [], { userPrincipalName: null, applicationDisplayName: 'Sync app' })),
    ).toBe('Sync app');
  });
});
