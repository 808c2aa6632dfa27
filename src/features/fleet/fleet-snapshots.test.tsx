import { screen, within } from '@testing-library/react';
import { http } from 'msw';

import { createDemoAuthClient } from '@/lib/auth/demo-auth-client';
import { configureGraphClient } from '@/lib/graph/graph-client';
import { mockDb, server } from '@/mocks/node';
import { NAMED_TENANTS } from '@/mocks/tenant/demo-tenants';
import { TEST_GRAPH_BASE_URL } from '@/testing/graph-test-config';
import { renderApp } from '@/testing/render';

const client = createDemoAuthClient(
  NAMED_TENANTS.map(({ tenantId, name }) => ({ tenantId, name })),
);
const LIST = '*/beta/deviceManagement/ndesConnectors';

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
