import { screen, waitFor, within } from '@testing-library/react';

import { recordChanges } from '@/features/change-log/change-log';
import { DEMO_ACCOUNT, createDemoAuthClient } from '@/lib/auth/demo-auth-client';
import { historyAllowed } from '@/lib/auth/history-allowed';
import { configureGraphClient } from '@/lib/graph/graph-client';
import { mockDb } from '@/mocks/node';
import { changeAsAdmin } from '@/mocks/tenant/admin-change';
import { ANOTHER_ADMIN } from '@/mocks/tenant/audit-events';
import { testChangeEntry } from '@/testing/change-entry-fixture';
import { TEST_GRAPH_BASE_URL } from '@/testing/graph-test-config';
import { recordGraphTraffic } from '@/testing/record-requests';
import { renderApp } from '@/testing/render';

const PRIMARY = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';
const SNAPSHOT_KEY = `ndes-connector-admin.last-visit.v1:demo-admin:${DEMO_ACCOUNT.tenantId}`;
const OWNER = { user: DEMO_ACCOUNT.homeAccountId, tenantId: DEMO_ACCOUNT.tenantId };
const RENAME = 'Renamed: CERT01 – NDES primary → PKI-01';

let client = createDemoAuthClient();
beforeEach(() => {
  client = createDemoAuthClient();
  configureGraphClient({
    baseUrl: TEST_GRAPH_BASE_URL,
    getAccessToken: (request) => client.acquireToken(request),
  });
});

// The names arrive after the panel shows (History's code loads, then the audit page): a check that
// nothing was asked waits as long as the tests that get names need, and more.
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

const auditReads = (traffic: ReturnType<typeof recordGraphTraffic>) =>
  traffic.sent('GET').filter((request) => request.url.pathname.endsWith('/auditEvents'));

async function visit() {
  const view = renderApp({ route: '/connectors', client });
  await screen.findByRole('table', { name: 'NDES connectors' });
  return view;
}

/** A first visit: the list is kept once the panel's code has loaded, just after the list shows. */
async function firstVisit() {
  const view = await visit();
  await waitFor(() => expect(localStorage.getItem(SNAPSHOT_KEY)).not.toBeNull());
  view.unmount();
}

/** A first visit keeps the snapshot; then another admin renames CERT01 and its version changes. */
async function changesSinceLastVisit() {
  await firstVisit();
  changeAsAdmin(mockDb, PRIMARY, { displayName: 'PKI-01' });
  mockDb.updateConnector(PRIMARY, { connectorVersion: '6.2611.1.1' });
}

const panelItems = async () =>
  within(await screen.findByRole('region', { name: /Since your last visit/ })).getAllByRole(
    'listitem',
  );

describe('Since your last visit: who made each change', () => {
  it('asks nothing of the audit log before History was allowed here, and shows no names', async () => {
    await client.allowAuditAccess(DEMO_ACCOUNT.tenantId);
    await changesSinceLastVisit();
    const traffic = recordGraphTraffic();

    await visit();
    const [rename] = await panelItems();
    await settle();
    expect(rename).toHaveTextContent(new RegExp(`^${RENAME}$`));
    expect(auditReads(traffic)).toHaveLength(0);
  });

  it('names who renamed it once History was allowed, and nobody for the version update', async () => {
    await client.allowAuditAccess(DEMO_ACCOUNT.tenantId);
    historyAllowed.remember(OWNER);
    await changesSinceLastVisit();
    const traffic = recordGraphTraffic();

    await visit();
    const [rename, version] = await panelItems();
    expect(await within(rename as HTMLElement).findByText(ANOTHER_ADMIN)).toBeVisible();
    expect(rename).toHaveTextContent(`${RENAME} by ${ANOTHER_ADMIN}, `);
    expect(version).toHaveTextContent(
      /^PKI-01 was updated from 6\.2510\.3\.2002 to 6\.2611\.1\.1$/,
    );
    const [read] = auditReads(traffic);
    expect(read?.headers.get('authorization')).toBe('Bearer demo-access-token.audit');
    // From the snapshot's time, newest first.
    expect(read?.url.searchParams.get('$filter')).toMatch(/^activityDateTime ge \d{4}-/);
    expect(read?.url.searchParams.get('$orderby')).toBe('activityDateTime desc');
  });

  it('keeps "by you" for a change this browser made, and asks no name for it', async () => {
    historyAllowed.remember(OWNER);
    await client.allowAuditAccess(DEMO_ACCOUNT.tenantId);
    await firstVisit();
    mockDb.updateConnector(PRIMARY, { displayName: 'PKI-01' });
    recordChanges([testChangeEntry()]);
    const traffic = recordGraphTraffic();

    await visit();
    expect((await panelItems())[0]).toHaveTextContent(new RegExp(`^${RENAME} by you$`));
    await settle();
    expect(auditReads(traffic)).toHaveLength(0);
  });

  it('asks only silently: without the audit token it says to open History, never a popup', async () => {
    historyAllowed.remember(OWNER);
    const allow = vi.spyOn(client, 'allowAuditAccess');
    await changesSinceLastVisit();

    await visit();
    expect(
      await screen.findByText("Open a connector's History to see who made these changes."),
    ).toBeVisible();
    expect((await panelItems())[0]).toHaveTextContent(new RegExp(`^${RENAME}$`));
    expect(allow).not.toHaveBeenCalled();
  });

  it('says why when Graph refuses the audit log (403), and the panel works on', async () => {
    historyAllowed.remember(OWNER);
    await client.allowAuditAccess(DEMO_ACCOUNT.tenantId);
    await changesSinceLastVisit();
    mockDb.faults.arm({ method: 'GET', path: '/deviceManagement/auditEvents', kind: 'http-403' });

    const { user } = await visit();
    const note = await screen.findByText(/^Who made these changes could not be read: /);
    expect(note).toHaveTextContent("You do not have permission to read Intune's audit log");
    expect(note).toHaveTextContent('DeviceManagementApps.Read.All');
    expect(note).toHaveTextContent(/request-id: [0-9a-f-]{36}$/);
    await user.click(screen.getByRole('button', { name: 'Mark as seen' }));
    expect(screen.queryByRole('region', { name: /Since your last visit/ })).not.toBeInTheDocument();
  });

  it('says when the page cap stopped the read', async () => {
    historyAllowed.remember(OWNER);
    await client.allowAuditAccess(DEMO_ACCOUNT.tenantId);
    await firstVisit();
    for (let count = 0; count < 11; count += 1)
      changeAsAdmin(mockDb, PRIMARY, { displayName: `PKI-${count}` });
    mockDb.setMaxPageSize(1);

    await visit();
    expect(
      await screen.findByText(/^Only the newest 10 pages of the tenant's audit log/),
    ).toBeVisible();
    // The newest event, on the first page, still names the rename's author.
    expect((await panelItems())[0]).toHaveTextContent(`by ${ANOTHER_ADMIN}`);
  });
});
