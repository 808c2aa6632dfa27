import { CLIENT_ID, TENANT_ID } from './support/fake-entra';
import { expect, test } from './support/fixtures';

test.describe('with no client id', () => {
  test.use({ appConfig: {} });

  test('shows how to connect a tenant', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Connect your tenant' })).toBeVisible();
    await expect(page.getByText('npm run demo')).toBeVisible();
  });
});

test.describe('with invalid configuration', () => {
  test.use({ appConfig: { clientId: 'not-a-guid', cloud: 'mars', colour: 'blue' } });

  test('names each bad key and what it expects', async ({ page }) => {
    await page.goto('/');
    await expect(
      page.getByRole('heading', { name: "The app's configuration needs fixing" }),
    ).toBeVisible();
    const problems = page.getByRole('listitem');
    await expect(problems.filter({ hasText: 'clientId' })).toContainText('a GUID');
    await expect(problems.filter({ hasText: 'cloud' })).toContainText('"usgov"');
    await expect(problems.filter({ hasText: 'colour' })).toContainText('no such key');
  });
});

test('serves the app under the strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).toMatch(
    /connect-src 'self' https:\/\/login\.microsoftonline\.com https:\/\/graph\.microsoft\.com/,
  );
  await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toBeVisible();
});

const REFUSALS: [string, Record<string, unknown>, string, string][] = [
  ['no tenant', { clientId: CLIENT_ID }, 'tenantId', 'single-tenant app registration'],
  [
    'an http redirect URI',
    { clientId: CLIENT_ID, tenantId: TENANT_ID, redirectUri: 'http://admin.contoso.com/r.html' },
    'redirectUri',
    "this app's own origin",
  ],
  [
    "another cloud's scope",
    {
      clientId: CLIENT_ID,
      tenantId: TENANT_ID,
      scopes: ['https://graph.microsoft.us/DeviceManagementConfiguration.Read.All'],
    },
    'scopes.0',
    'https://graph.microsoft.com/',
  ],
  [
    'an idle timeout below 5 minutes',
    { clientId: CLIENT_ID, tenantId: TENANT_ID, idleTimeoutMinutes: 0 },
    'idleTimeoutMinutes',
    'at least 5 minutes',
  ],
];

for (const [what, appConfig, key, expected] of REFUSALS) {
  test.describe(`with ${what}`, () => {
    test.use({ appConfig });

    test(`refuses to start and names ${key}`, async ({ page }) => {
      await page.goto('/');
      await expect(
        page.getByRole('heading', { name: "The app's configuration needs fixing" }),
      ).toBeVisible();
      const problem = page.getByRole('listitem').filter({ hasText: key });
      await expect(problem).toContainText(expected);
    });
  });
}
