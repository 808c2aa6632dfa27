import { screen, within } from '@testing-library/react';

import { createDemoAuthClient } from '@/lib/auth/demo-auth-client';
import { configureGraphClient } from '@/lib/graph/graph-client';
import { mockDb } from '@/mocks/node';
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
