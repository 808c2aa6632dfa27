import type { Page } from '@playwright/test';

import { CLIENT_ID, TENANT_ID } from './support/fake-entra';
import { expect, signIn, test } from './support/fixtures';
import type { GraphCall, GraphRoute } from './support/graph-route';

// The mock Graph's second tenant (src/mocks/tenant/demo-tenants.ts); the home tenant is the fake Entra ID's.
const FABRIKAM = '00000000-0000-4000-8000-00000000fab1';
const REQUEST_ID = '5b7e0c1d-2f3a-4b5c-8d9e-0f1a2b3c4d5e';
const HOME_CONNECTOR = 'CERT01 – NDES primary';

test.use({
  appConfig: {
    clientId: CLIENT_ID,
    tenantId: TENANT_ID,
    tenants: [
      { tenantId: TENANT_ID, name: 'Contoso' },
      { tenantId: FABRIKAM, name: 'Fabrikam' },
    ],
  },
});

const isConnectorList = (call: GraphCall) =>
  call.method === 'GET' && new URL(call.url).pathname.endsWith('/deviceManagement/ndesConnectors');
const bearer = (call: GraphCall) => call.authorization?.replace(/^Bearer /, '') ?? '';

/** A Fabrikam connector's name as the fleet shows it, read from the mock Graph's Fabrikam data. */
function fabrikamConnector(graph: GraphRoute): string {
  const named = graph.db
    .forTenant(FABRIKAM)
    ?.listConnectors()
    .find((item) => item.displayName);
  return named?.displayName ?? 'no named Fabrikam connector';
}

/** From the signed-in home page, to the fleet through its link in the top bar, loaded. */
async function openFleet(page: Page) {
  await page.getByRole('link', { name: 'Fleet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loaded 2 of 2 tenants' })).toBeVisible();
  return {
    connectors: page.getByRole('table', { name: 'Connectors of every tenant' }),
    tenantRow: (name: string) =>
      page.getByRole('table', { name: 'Tenants' }).getByRole('row').filter({ hasText: name }),
  };
}

test("each tenant's Graph calls carry a token from that tenant's own authority", async ({
  page,
  entra,
  graph,
}) => {
  await signIn(page);
  const { connectors, tenantRow } = await openFleet(page);
  await expect(tenantRow('Contoso')).toContainText('Listed');
  await expect(tenantRow('Fabrikam')).toContainText('Listed');
  // The mock Graph answers by the token's tid: each tenant's rows hold its own connectors only.
  // The table holds a window of rows, so each name is searched for first.
  const search = page.getByLabel('Search connectors');
  await search.fill(HOME_CONNECTOR);
  await expect(
    connectors.getByRole('link', { name: `${HOME_CONNECTOR} in Contoso` }),
  ).toBeVisible();
  await expect(connectors.getByRole('link', { name: `${HOME_CONNECTOR} in Fabrikam` })).toHaveCount(
    0,
  );
  const fabrikamName = fabrikamConnector(graph);
  await search.fill(fabrikamName);
  await expect(connectors.getByRole('link', { name: `${fabrikamName} in Fabrikam` })).toBeVisible();
  await expect(connectors.getByRole('link', { name: `${fabrikamName} in Contoso` })).toHaveCount(0);

  const lists = graph.calls.filter(isConnectorList);
  const tokensOf = (tenantId: string) =>
    new Set(lists.filter((call) => call.tenantId === tenantId).map(bearer));
  expect(tokensOf(FABRIKAM).size).toBeGreaterThan(0);
  expect(tokensOf(TENANT_ID).size).toBeGreaterThan(0);
  expect(lists.every((call) => [TENANT_ID, FABRIKAM].includes(call.tenantId ?? ''))).toBe(true);
  // Every token Graph saw was issued at the token endpoint of the authority of the tenant it names.
  for (const call of graph.calls) expect(entra.issuedBy.get(bearer(call))).toBe(call.tenantId);
  for (const token of tokensOf(FABRIKAM)) expect(tokensOf(TENANT_ID)).not.toContain(token);

  // Fabrikam's token came silently (the refresh token, at Fabrikam's authority): one sign-in only.
  expect(entra.authorizeRequests).toHaveLength(1);
  const fabrikamGrants = entra.tokenRequests.filter(
    (request) => request.authorityTenant === FABRIKAM,
  );
  expect(fabrikamGrants.map((request) => request.grantType)).toEqual(['refresh_token']);
});

test('a 403 in one tenant shows on its row with the request-id; the other tenant lists', async ({
  page,
  graph,
}) => {
  // From the start, and signed in on the fleet: the fleet shares the home tenant's list with the
  // connector pages, so a list the home page had just read would be shown, not asked for again.
  graph.answerAlways((call) => isConnectorList(call) && call.tenantId === TENANT_ID, {
    status: 403,
    headers: { 'request-id': REQUEST_ID },
    body: {
      error: {
        code: 'Forbidden',
        message: 'Application is not authorized to perform this operation.',
        innerError: { date: '2025-01-01T00:00:00', 'request-id': REQUEST_ID },
      },
    },
  });
  await signIn(page, '/fleet', 'Fleet');
  const { connectors, tenantRow } = await openFleet(page);

  await expect(page.getByText('Loaded 2 of 2 tenants, 1 with errors')).toBeVisible();
  const failed = tenantRow('Contoso').getByRole('alert');
  await expect(failed).toContainText('You do not have permission');
  await expect(failed).toContainText('HTTP 403');
  await expect(failed).toContainText(`request-id: ${REQUEST_ID}`);
  await expect(tenantRow('Fabrikam')).toContainText('Listed');
  await expect(tenantRow('Fabrikam')).not.toContainText(REQUEST_ID);
  const fabrikamName = fabrikamConnector(graph);
  await expect(connectors.getByRole('link', { name: `${fabrikamName} in Fabrikam` })).toBeVisible();
  await expect(connectors.getByRole('link', { name: / in Contoso$/ })).toHaveCount(0);
});

test('a tenant without admin consent shows its consent link and sign-in; the other keeps working', async ({
  page,
  entra,
  graph,
  baseURL,
}) => {
  entra.requireAdminConsentIn(FABRIKAM);
  await signIn(page);
  const { connectors, tenantRow } = await openFleet(page);

  const fabrikam = tenantRow('Fabrikam');
  await expect(fabrikam).toContainText('An administrator of Fabrikam must grant the app');
  await expect(fabrikam).toContainText('AADSTS65001');
  const consent = new URL(`https://login.microsoftonline.com/${FABRIKAM}/adminconsent`);
  consent.search = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: `${baseURL}/redirect.html`,
  }).toString();
  await expect(
    fabrikam.getByRole('link', { name: 'Grant admin consent in Fabrikam' }),
  ).toHaveAttribute('href', consent.href);
  await expect(fabrikam.getByRole('button', { name: 'Sign in to Fabrikam' })).toBeVisible();

  // Only Fabrikam needs the admin: Contoso lists, and no app-wide sign-in prompt comes up.
  await expect(tenantRow('Contoso')).toContainText('Listed');
  await expect(
    connectors.getByRole('link', { name: `${HOME_CONNECTOR} in Contoso` }),
  ).toBeVisible();
  await expect(connectors.getByRole('link', { name: / in Fabrikam$/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign in again' })).toHaveCount(0);
  expect(entra.tokenRequests.some((request) => request.authorityTenant === FABRIKAM)).toBe(true);
  expect(graph.calls.every((call) => call.tenantId === TENANT_ID)).toBe(true);
});

test('the switcher opens the other tenant at its URL, and its pages read Graph with its token', async ({
  page,
  entra,
  graph,
}) => {
  await signIn(page);
  const switcher = page.getByRole('button', { name: /^Tenant: / });
  await expect(switcher).toHaveText('Tenant: Contoso');
  await switcher.click();
  const picker = page.getByRole('dialog', { name: 'Switch tenant' });
  await picker.getByRole('combobox', { name: 'Find a tenant' }).fill('Fabrikam');
  await picker.getByRole('option', { name: 'Fabrikam' }).click();

  await expect(page).toHaveURL(new RegExp(`/t/${FABRIKAM}/connectors$`));
  await expect(switcher).toHaveText('Tenant: Fabrikam');
  const fabrikamName = fabrikamConnector(graph);
  await expect(page.getByRole('link', { name: fabrikamName, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: HOME_CONNECTOR, exact: true })).toHaveCount(0);
  const fabrikamLists = graph.calls.filter(
    (call) => isConnectorList(call) && call.tenantId === FABRIKAM,
  );
  expect(fabrikamLists.length).toBeGreaterThan(0);
  for (const call of fabrikamLists) expect(entra.issuedBy.get(bearer(call))).toBe(FABRIKAM);
});

test("a draft typed in one tenant is offered again there, and never in the other tenant's editor", async ({
  page,
  graph,
}) => {
  await signIn(page);
  const fabrikam = graph.db.forTenant(FABRIKAM)?.listConnectors()[0];
  const home = graph.db.listConnectors()[0];
  if (!fabrikam || !home) throw new Error('the mock Graph has no connectors to edit');
  await page.goto(`/t/${FABRIKAM}/connectors/${fabrikam.id}/edit`);
  await page.getByRole('textbox', { name: 'Display name' }).fill('Typed in Fabrikam');
  page.on('dialog', (dialog) => void dialog.accept());
  const offer = page
    .getByRole('alert')
    .filter({ hasText: 'You have unsaved changes to this connector from' });

  await page.goto(`/connectors/${home.id}/edit`);
  await expect(page.getByRole('button', { name: /^Tenant: / })).toHaveText('Tenant: Contoso');
  await expect(page.getByRole('textbox', { name: 'Display name' })).toHaveValue(
    home.displayName ?? '',
  );
  await expect(offer).toHaveCount(0);

  await page.goto(`/t/${FABRIKAM}/connectors/${fabrikam.id}/edit`);
  await expect(page.getByRole('button', { name: /^Tenant: / })).toHaveText('Tenant: Fabrikam');
  await offer.getByRole('button', { name: 'Restore draft' }).click();
  await expect(page.getByRole('textbox', { name: 'Display name' })).toHaveValue(
    'Typed in Fabrikam',
  );
});
