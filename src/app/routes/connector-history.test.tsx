import { screen, within } from '@testing-library/react';

import { recordChanges } from '@/features/change-log/change-log';
import { DEMO_ACCOUNT, createDemoAuthClient } from '@/lib/auth/demo-auth-client';
import { historyAllowed } from '@/lib/auth/history-allowed';
import { configureGraphClient } from '@/lib/graph/graph-client';
import { mockDb } from '@/mocks/node';
import { auditEvent, connectorResource, demoAdminActor } from '@/mocks/tenant/audit-events';
import { TEST_GRAPH_BASE_URL } from '@/testing/graph-test-config';
import { recordGraphTraffic } from '@/testing/record-requests';
import { renderApp } from '@/testing/render';

const client = createDemoAuthClient();
const OWNER = { user: DEMO_ACCOUNT.homeAccountId, tenantId: DEMO_ACCOUNT.tenantId };
const seeded = (name: string) => {
  const connector = mockDb.listConnectors().find((c) => c.displayName === name);
  if (!connector) throw new Error(`No seeded connector named ${name}`);
  return connector;
};
const auditReads = (traffic: ReturnType<typeof recordGraphTraffic>) =>
  traffic.sent('GET').filter((request) => request.url.pathname.endsWith('/auditEvents'));

beforeEach(() => {
  configureGraphClient({
    baseUrl: TEST_GRAPH_BASE_URL,
    getAccessToken: (request) => client.acquireToken(request),
  });
});

describe("a connector's History", () => {
  it('reads nothing before History opens, then asks to allow audit data and shows the events', async () => {
    const connector = seeded('CERT01 – NDES primary');
    const traffic = recordGraphTraffic();
    const { user } = renderApp({ route: `/connectors/${connector.id}`, client });
    await screen.findByRole('heading', { level: 1, name: connector.displayName ?? '' });
    expect(auditReads(traffic)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Show who changed what' }));
    const step = await screen.findByRole('region', { name: 'Audit data access' });
    expect(step).toHaveTextContent('DeviceManagementApps.Read.All');
    expect(auditReads(traffic)).toHaveLength(0);

    // Nothing lets the connector list ask for audit data yet.
    expect(historyAllowed.has(OWNER)).toBe(false);

    await user.click(within(step).getByRole('button', { name: 'Allow reading Intune audit data' }));
    const list = await screen.findByRole('list', { name: 'Changes, newest first' });
    // Now History has its token here: "Since your last visit" may ask for it silently.
    expect(historyAllowed.has(OWNER)).toBe(true);
    expect(within(list).getAllByText('jordan.lee@contoso.example')[0]).toBeVisible();
    // The app's change to two connectors shows under its name, with only this connector's property.
    expect(within(list).getByText('Contoso provisioning')).toBeVisible();
    expect(within(list).queryByText('priya.natarajan@contoso.example')).not.toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(auditReads(traffic)).toHaveLength(1);
    expect(auditReads(traffic)[0]?.headers.get('authorization')).toBe(
      'Bearer demo-access-token.audit',
    );
    // The connector's own reads kept the regular token.
    for (const request of traffic.requests.filter((r) => !r.url.pathname.endsWith('/auditEvents')))
      expect(request.headers.get('authorization')).toBe('Bearer demo-access-token');
  });

  it('shows a bidi override in an old value as its code point, and marks the change made here', async () => {
    const connector = seeded('PKCS EU');
    await client.allowAuditAccess(DEMO_ACCOUNT.tenantId);
    const clientRequestId = crypto.randomUUID();
    mockDb.addAuditEvent(
      auditEvent({
        operation: 'Patch',
        at: Date.now() - 60_000,
        actor: demoAdminActor,
        correlationId: clientRequestId,
        resources: [connectorResource(connector, { displayName: 'PKCS Europe' })],
      }),
    );
    recordChanges([
      {
        at: new Date().toISOString(),
        tenantId: null,
        connectorId: connector.id,
        connectorName: 'PKCS EU',
        field: 'Display name',
        oldValue: 'PKCS EU',
        newValue: 'PKCS Europe',
        outcome: 'saved',
        detail: null,
        requestId: null,
        clientRequestId,
      },
    ]);
    const { user } = renderApp({ route: `/connectors/${connector.id}`, client });
    await user.click(await screen.findByRole('button', { name: 'Show who changed what' }));

    const items = within(
      await screen.findByRole('list', { name: 'Changes, newest first' }),
    ).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('by you in this browser');
    const rename = items.find((item) => item.textContent?.includes('sam.okafor@contoso.example'));
    expect(rename).toHaveTextContent('PKCS EUU+202E');
    expect(rename).not.toHaveTextContent('by you in this browser');
    expect(items.filter((item) => item.textContent?.includes('by you'))).toHaveLength(1);
  });

  it('names the missing permission when Graph answers 403', async () => {
    const connector = seeded('CERT02 – NDES secondary');
    mockDb.faults.arm({ method: 'GET', path: '/deviceManagement/auditEvents', kind: 'http-403' });
    await client.allowAuditAccess(DEMO_ACCOUNT.tenantId);
    const { user } = renderApp({ route: `/connectors/${connector.id}`, client });
    await user.click(await screen.findByRole('button', { name: 'Show who changed what' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('DeviceManagementApps.Read.All');
    expect(alert).toHaveTextContent(/403/);
    // The token was granted (Graph answered): the list may ask too, and say why it gets no names.
    expect(historyAllowed.has(OWNER)).toBe(true);
  });
});
