import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';

import { compareVersions } from '@/features/connectors/model/graph-values';
import { createDemoAuthClient } from '@/lib/auth/demo-auth-client';
import { configureGraphClient } from '@/lib/graph/graph-client';
import { mockDb, server } from '@/mocks/node';
import { NAMED_TENANTS } from '@/mocks/tenant/demo-tenants';
import { TEST_GRAPH_BASE_URL } from '@/testing/graph-test-config';
import { renderApp } from '@/testing/render';

const client = createDemoAuthClient(
  NAMED_TENANTS.map(({ tenantId, name }) => ({ tenantId, name })),
);
const NORTHWIND = NAMED_TENANTS[2]?.tenantId ?? '';

beforeEach(() => {
  configureGraphClient({
    baseUrl: TEST_GRAPH_BASE_URL,
    getAccessToken: (request) => client.acquireToken(request),
  });
});

const tenantRow = (name: string) =>
  within(screen.getByRole('table', { name: 'Tenants' })).getByRole('row', {
    name: new RegExp(`^${name}`),
  });

it("shows one tenant's 403 on that tenant's row, with its request-id, and lists the others", async () => {
  mockDb.faults.arm({
    method: 'GET',
    path: '/deviceManagement/ndesConnectors',
    kind: 'http-403',
    tenantId: NORTHWIND,
  });
  renderApp({ route: '/fleet', client });

  expect(await screen.findByText(/Loaded 3 of 3 tenants, 1 with errors/)).toBeVisible();
  expect(within(tenantRow('Northwind')).getByRole('alert')).toHaveTextContent(/HTTP 403/);
  expect(within(tenantRow('Northwind')).getByRole('alert')).toHaveTextContent(/request-id/);
  expect(within(tenantRow('Fabrikam')).getByText('Listed')).toBeVisible();
  const contosoCount = mockDb.listConnectors().length;
  expect(
    screen.getByText(`Showing ${contosoCount + 12} of ${contosoCount + 12} connectors`),
  ).toBeVisible();
  const table = screen.getByRole('table', { name: 'Connectors of every tenant' });
  expect(table).toHaveAttribute('aria-rowcount', String(contosoCount + 12 + 1));
});

const HOUR = 3_600_000;
// A row's name holds its link's, "<connector> in <tenant>".
const fleetRowOf = (name: string) =>
  screen.findByRole('row', { name: new RegExp(`${name} in Contoso`) });

it('ages a verdict while the fleet stays open: a connector that stops talking turns to a warning', async () => {
  // Only the clock and useNow's interval are faked: the mock Graph's answers still arrive.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  try {
    const [connector] = mockDb.listConnectors();
    if (!connector?.displayName) throw new Error('The seed has a named connector.');
    mockDb.updateConnector(connector.id, {
      lastConnectionDateTime: new Date(Date.now() - 24 * HOUR + 30_000).toISOString(),
    });
    renderApp({ route: `/fleet?q=${encodeURIComponent(connector.displayName)}`, client });
    const row = await fleetRowOf(connector.displayName);
    expect(row).toHaveTextContent('Healthy');

    vi.advanceTimersByTime(60_000);
    await waitFor(() => expect(row).toHaveTextContent('Warning'));
    expect(row).toHaveTextContent('Last connected 1 day ago (warning after 24 hours).');
  } finally {
    vi.useRealTimers();
  }
});

it('says "Never" for a connector that never connected, and leaves it out of the longest silence', async () => {
  const [never, other] = mockDb.listConnectors();
  if (!never?.displayName || !other) throw new Error('The seed has two connectors.');
  mockDb.updateConnector(never.id, { lastConnectionDateTime: '0001-01-01T00:00:00Z' });
  renderApp({ route: `/fleet?q=${encodeURIComponent(never.displayName)}`, client });

  const row = await fleetRowOf(never.displayName);
  expect(within(row).getAllByRole('cell')[5]).toHaveTextContent(/^Never$/);
  expect(row).toHaveTextContent('The connector has never connected to Intune.');
  expect(tenantRow('Contoso')).not.toHaveTextContent(/years? ago/);
});

it('lists the versions in the Version menu by version number, not as text', async () => {
  const [connector] = mockDb.listConnectors();
  if (!connector) throw new Error('The seed has a connector.');
  mockDb.updateConnector(connector.id, { connectorVersion: '10.0.0.0' });
  renderApp({ route: '/fleet', client });
  await screen.findByText(/Loaded 3 of 3 tenants/);

  await userEvent.click(screen.getByRole('combobox', { name: 'Version' }));
  const options = within(await screen.findByRole('listbox')).getAllByRole('option');
  const versions = options.slice(1).map((option) => option.textContent ?? '');
  expect(versions.at(-1)).toBe('10.0.0.0');
  expect(versions).toEqual([...versions].sort(compareVersions));
});

it("shows a rename made in the sign-in tenant's own pages when the admin comes back to the fleet", async () => {
  const { user } = renderApp({ route: '/fleet?q=pki-eu-01', client });
  await user.click(await screen.findByRole('link', { name: 'PKCS EU in Contoso' }));
  await user.click(await screen.findByRole('link', { name: 'Edit' }));
  const name = await screen.findByRole('textbox', { name: /^Display name/ });
  await user.clear(name);
  await user.paste('PKI-EU-01 (Frankfurt)');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  const review = await screen.findByRole('dialog', { name: 'Review changes before saving' });
  await user.click(within(review).getByRole('button', { name: 'Confirm and save' }));
  await waitFor(() =>
    expect(mockDb.listConnectors().map((c) => c.displayName)).toContain('PKI-EU-01 (Frankfurt)'),
  );

  await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Fleet' }));
  await user.type(await screen.findByRole('textbox', { name: 'Search connectors' }), 'pki-eu-01');
  expect(await fleetRowOf('PKI-EU-01 \\(Frankfurt\\)')).toBeVisible();
  expect(screen.queryByRole('row', { name: /PKCS EU in Contoso/ })).not.toBeInTheDocument();
});

const LIST = '*/beta/deviceManagement/ndesConnectors';

it('opens from the last visit, marked with its age, then counts each tenant’s changes', async () => {
  const view = renderApp({ route: '/fleet?q=CERT01', client });
  await screen.findByText(/Loaded 3 of 3 tenants/);
  expect(within(tenantRow('Contoso')).getByText('No changes')).toBeVisible();
  view.unmount();

  const [primary] = mockDb.listConnectors();
  if (!primary) throw new Error('The seed has a connector.');
  mockDb.updateConnector(primary.id, { displayName: 'PKI-01' });
  let answer = () => {};
  const graphAnswers = new Promise<void>((resolve) => (answer = resolve));
  // Holds every list until released, then lets the mock Graph answer.
  server.use(http.get(LIST, () => graphAnswers.then(() => undefined)));

  renderApp({ route: '/fleet?q=CERT01', client });
  expect(
    await screen.findByRole('row', { name: /CERT01 – NDES primary in Contoso/ }),
  ).toBeVisible();
  expect(within(tenantRow('Contoso')).getByText(/^As of/)).toHaveTextContent('As of just now');
  expect(screen.getByText(/Loaded 0 of 3 tenants/)).toBeVisible();

  answer();
  await screen.findByText(/Loaded 3 of 3 tenants/);
  expect(within(tenantRow('Contoso')).getByText('1 change')).toBeVisible();
  expect(within(tenantRow('Fabrikam')).getByText('No changes')).toBeVisible();
  expect(screen.queryByRole('row', { name: /CERT01 – NDES primary in Contoso/ })).toBeNull();
});
