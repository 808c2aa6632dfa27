import { CLIENT_ID, TENANT_ID } from './support/fake-entra';
import { expect, signIn, test } from './support/fixtures';

const WRITE_SCOPE = 'https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All';

test('signs in through Entra ID and loads the connectors with the issued token', async ({
  page,
  entra,
  graph,
  baseURL,
}) => {
  await signIn(page);

  await expect(page.getByRole('link', { name: 'CERT01 – NDES primary' })).toBeVisible();
  expect(entra.authorizeRequests).toHaveLength(1);
  const [authorize] = entra.authorizeRequests;
  expect(authorize?.searchParams.get('client_id')).toBe(CLIENT_ID);
  expect(authorize?.searchParams.get('scope')?.split(' ')).toContain(WRITE_SCOPE);
  expect(authorize?.searchParams.get('redirect_uri')).toBe(`${baseURL}/redirect.html`);

  const codeExchange = entra.tokenRequests.find(
    (request) => request.grantType === 'authorization_code',
  );
  expect(codeExchange?.scope.split(' ')).toContain(WRITE_SCOPE);

  expect(graph.calls.length).toBeGreaterThan(0);
  for (const call of graph.calls) {
    expect(entra.issuedAccessTokens).toContain(call.authorization?.replace(/^Bearer /, ''));
    expect(call.tenantId).toBe(TENANT_ID);
  }
  expect(
    graph.calls.every((call) => call.url.startsWith('https://graph.microsoft.com/beta/')),
  ).toBe(true);
});

test('keeps the session across a reload without a new interactive sign-in', async ({
  page,
  entra,
}) => {
  await signIn(page);
  await page.reload();
  await expect(page.getByRole('link', { name: 'CERT01 – NDES primary' })).toBeVisible();
  expect(entra.authorizeRequests).toHaveLength(1);
});

test('renews an expired access token silently', async ({ page, entra, graph }) => {
  // MSAL renews tokens within five minutes of expiry, so a one-minute token is already due.
  entra.accessTokenLifetimeSeconds = 60;
  await signIn(page);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeEnabled();

  const refreshes = entra.tokenRequests.filter((request) => request.grantType === 'refresh_token');
  expect(refreshes.length).toBeGreaterThan(0);
  expect(entra.authorizeRequests).toHaveLength(1);
  const lastToken = entra.issuedAccessTokens.at(-1);
  expect(graph.calls.at(-1)?.authorization).toBe(`Bearer ${lastToken}`);
});

test('keeps tokens out of localStorage and the URL', async ({ page, entra }) => {
  await signIn(page);
  const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  for (const token of entra.issuedAccessTokens) expect(local).not.toContain(token);
  expect(page.url()).not.toMatch(/code=|access_token|id_token/);
});
