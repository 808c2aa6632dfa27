import { CLIENT_ID } from '../auth/support/fake-entra';
import { expect, signIn, test } from '../auth/support/fixtures';

// nginx serves its own config.json (scripts/serve-nginx.mjs writes it beside index.html).
test.use({ appConfig: null });

test('signs in through the fake Entra ID under the shipped nginx headers', async ({
  page,
  entra,
  graph,
  baseURL,
}) => {
  await signIn(page);
  await expect(page.getByRole('link', { name: 'CERT01 – NDES primary' })).toBeVisible();
  expect(entra.authorizeRequests).toHaveLength(1);
  expect(entra.authorizeRequests[0]?.searchParams.get('client_id')).toBe(CLIENT_ID);
  expect(entra.authorizeRequests[0]?.searchParams.get('redirect_uri')).toBe(
    `${baseURL}/redirect.html`,
  );
  expect(graph.calls.length).toBeGreaterThan(0);
});

test('renews in the hidden frame after the refresh token expired, without leaving the page', async ({
  page,
  entra,
  graph,
}) => {
  // MSAL renews tokens within five minutes of expiry, so a one-minute token is already due.
  entra.accessTokenLifetimeSeconds = 60;
  await signIn(page);
  const pageUrl = page.url();
  entra.expireRefreshTokens();

  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect.poll(() => entra.authorizeRequests.length).toBe(2);
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeEnabled();
  await expect(page.getByRole('link', { name: 'CERT01 – NDES primary' })).toBeVisible();

  expect(entra.authorizeInFrame).toEqual([false, true]);
  expect(entra.authorizeRequests[1]?.searchParams.get('prompt')).toBe('none');
  const refused = entra.tokenRequests.filter((request) => request.grantType === 'refresh_token');
  expect(refused.length).toBeGreaterThan(0);
  await expect
    .poll(() => graph.calls.at(-1)?.authorization)
    .toBe(`Bearer ${entra.issuedAccessTokens.at(-1)}`);
  expect(page.url()).toBe(pageUrl);
});

test('opening /redirect.html directly returns to the app', async ({ page, baseURL }) => {
  await page.goto('/redirect.html');
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toBeVisible();
});
