import { DEMO_ACCOUNT, createDemoAuthClient } from '@/lib/auth/demo-auth-client';
import { configureGraphClient } from '@/lib/graph/graph-client';
import { mockDb } from '@/mocks/node';
import { auditEvent, connectorResource, demoAdminActor } from '@/mocks/tenant/audit-events';
import { TEST_GRAPH_BASE_URL } from '@/testing/graph-test-config';
import { recordGraphTraffic } from '@/testing/record-requests';

import { auditEventsPath, readConnectorHistory } from './read-history';

const TENANT = DEMO_ACCOUNT.tenantId;

const client = createDemoAuthClient();
const [first, second] = mockDb.listConnectors();

beforeEach(async () => {
  configureGraphClient({
    baseUrl: TEST_GRAPH_BASE_URL,
    getAccessToken: (request) => client.acquireToken(request),
  });
  await client.allowAuditAccess(TENANT);
});

const addEvents = (count: number, connectorId: string, hoursAgo = 1) => {
  const connector = mockDb.listConnectors().find((c) => c.id === connectorId);
  if (!connector) throw new Error('no connector');
  for (let index = 0; index < count; index += 1) {
    mockDb.addAuditEvent(
      auditEvent({
        operation: 'Patch',
        at: Date.now() - hoursAgo * 3_600_000 - index * 1000,
        actor: demoAdminActor,
        correlationId: crypto.randomUUID(),
        resources: [connectorResource(connector, { displayName: `Name ${index}` })],
      }),
    );
  }
};

describe('readConnectorHistory', () => {
  it('asks for the window newest first, with the documented filter and order', () => {
    const path = auditEventsPath(30, Date.parse('2026-03-31T00:00:00Z'));
    const url = new URL(`https://graph.example${path}`);
    expect(url.pathname).toBe('/deviceManagement/auditEvents');
    expect(url.searchParams.get('$filter')).toBe('activityDateTime ge 2026-03-01T00:00:00.000Z');
    expect(url.searchParams.get('$orderby')).toBe('activityDateTime desc');
  });

  it("keeps only this connector's events, newest first, within the window", async () => {
    if (!first || !second) throw new Error('no seed');
    const history = await readConnectorHistory({
      tenantId: TENANT,
      connectorId: first.id,
      days: 30,
    });
    expect(history.complete).toBe(true);
    expect(history.events.length).toBeGreaterThan(0);
    for (const event of history.events)
      expect(event.resources?.some((r) => r.resourceId === first.id)).toBe(true);
    const times = history.events.map((event) => event.activityDateTime ?? '');
    expect(times).toEqual(times.toSorted().reverse());
    // The seeded rename 60 days ago is outside 30 days and inside 90.
    const longer = await readConnectorHistory({
      tenantId: TENANT,
      connectorId: first.id,
      days: 90,
    });
    expect(longer.events.length).toBe(history.events.length + 1);
  });

  it('stops at the page cap and says the read is incomplete', async () => {
    if (!first || !second) throw new Error('no seed');
    mockDb.setMaxPageSize(5);
    addEvents(30, second.id);
    addEvents(3, first.id, 48 * 24);
    const traffic = recordGraphTraffic();

    const history = await readConnectorHistory(
      { tenantId: TENANT, connectorId: first.id, days: 90 },
      { maxPages: 3 },
    );

    expect(history).toMatchObject({ complete: false, pagesRead: 3 });
    expect(traffic.sent('GET').filter((r) => r.url.pathname.endsWith('/auditEvents'))).toHaveLength(
      3,
    );
    // The first 15 events are the other connector's: none of them is kept.
    expect(history.events.every((e) => e.resources?.some((r) => r.resourceId === first.id))).toBe(
      true,
    );
  });

  it('reads with the audit token', async () => {
    if (!first) throw new Error('no seed');
    const traffic = recordGraphTraffic();
    await readConnectorHistory({ tenantId: TENANT, connectorId: first.id, days: 7 });
    expect(traffic.requests[0]?.headers.get('authorization')).toBe(
      'Bearer demo-access-token.audit',
    );
  });
});
