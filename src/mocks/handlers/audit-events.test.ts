import { mockDb } from '../node';
import { ANOTHER_ADMIN } from '../tenant/audit-events';

const BASE = 'https://graph.microsoft.com/beta';
const AUDIT = `${BASE}/deviceManagement/auditEvents`;
const audited = { authorization: 'Bearer demo-access-token.audit' };

type Page = {
  value: {
    activity: string;
    correlationId: string;
    actor: { userPrincipalName?: string };
    resources: { resourceId: string; modifiedProperties: unknown[] }[];
  }[];
};

describe('the mock auditEvents', () => {
  it('answers 403 naming the permission to a token without the audit scope', async () => {
    const response = await fetch(AUDIT, { headers: { authorization: 'Bearer demo-access-token' } });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('DeviceManagementApps.Read.All');
  });

  it("adds the demo admin's PATCH, with its client-request-id as correlationId", async () => {
    const [connector] = mockDb.listConnectors();
    if (!connector) throw new Error('no seed');
    const patch = await fetch(`${BASE}/deviceManagement/ndesConnectors/${connector.id}`, {
      method: 'PATCH',
      headers: {
        // The app's token: a write without one is another admin's (see the next test).
        authorization: 'Bearer demo-access-token',
        'client-request-id': 'c0ffee00-0000-4000-8000-000000000001',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        '@odata.type': '#microsoft.graph.ndesConnector',
        displayName: 'Renamed',
      }),
    });
    expect(patch.ok).toBe(true);

    const page = (await (
      await fetch(`${AUDIT}?$orderby=activityDateTime desc`, { headers: audited })
    ).json()) as Page;
    expect(page.value[0]).toMatchObject({
      activity: 'Patch NdesConnector',
      correlationId: 'c0ffee00-0000-4000-8000-000000000001',
      actor: { userPrincipalName: 'admin@contoso.example' },
      resources: [
        {
          resourceId: connector.id,
          modifiedProperties: [
            { displayName: 'DisplayName', oldValue: connector.displayName, newValue: 'Renamed' },
          ],
        },
      ],
    });
  });

  it("records a write sent without the app's token as another admin's, made elsewhere", async () => {
    const [, connector] = mockDb.listConnectors();
    if (!connector) throw new Error('no seed');
    const deleted = await fetch(`${BASE}/deviceManagement/ndesConnectors/${connector.id}`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(204);

    const page = (await (
      await fetch(`${AUDIT}?$orderby=activityDateTime desc`, { headers: audited })
    ).json()) as Page;
    expect(page.value[0]).toMatchObject({
      activity: 'Delete NdesConnector',
      actor: { userPrincipalName: ANOTHER_ADMIN },
      resources: [{ resourceId: connector.id }],
    });
  });

  it('refuses a filter the contract does not document', async () => {
    const filter = encodeURIComponent("resources/any(r: r/resourceId eq 'x')");
    const response = await fetch(`${AUDIT}?$filter=${filter}`, { headers: audited });
    expect(response.status).toBe(400);
  });
});
