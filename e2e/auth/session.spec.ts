import { chooseMenuItem } from '../support/animations';

import { expect, signIn, test } from './support/fixtures';

const CONNECTOR_ID = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';

test('re-authenticates during a save and brings the draft back, then saves it', async ({
  page,
  entra,
  graph,
}) => {
  // Every silent call goes to the token endpoint, so MFA required there reaches the save.
  entra.accessTokenLifetimeSeconds = 60;
  await signIn(page);
  await page.goto(`/connectors/${CONNECTOR_ID}/edit`);
  const name = page.getByLabel('Display name');
  await name.fill('CERT01 – after MFA');

  entra.requireMfaForExistingSessions();
  await page.getByRole('button', { name: 'Save' }).click();
  await page
    .getByRole('dialog', { name: 'Review changes before saving' })
    .getByRole('button', { name: 'Confirm and save' })
    .click();

  // Out to Entra ID and back to the same form, with what was typed.
  await expect.poll(() => entra.authorizeRequests.length).toBe(2);
  await expect(page).toHaveURL(new RegExp(`/connectors/${CONNECTOR_ID}/edit$`));
  await expect(page.getByText('Your unsaved changes are restored')).toBeVisible();
  await expect(page.getByLabel('Display name')).toHaveValue('CERT01 – after MFA');
  expect(graph.calls.filter((call) => call.method === 'PATCH')).toHaveLength(0);

  await page.getByRole('button', { name: 'Save' }).click();
  await page
    .getByRole('dialog', { name: 'Review changes before saving' })
    .getByRole('button', { name: 'Confirm and save' })
    .click();
  await expect(page.getByRole('heading', { name: 'CERT01 – after MFA' })).toBeVisible();
  const patches = graph.calls.filter((call) => call.method === 'PATCH');
  expect(patches).toHaveLength(1);
  expect(JSON.parse(patches[0]?.body ?? '{}')).toEqual({
    '@odata.type': '#microsoft.graph.ndesConnector',
    displayName: 'CERT01 – after MFA',
  });
});

test('signs out: account details shown, then no token or Graph data left behind', async ({
  page,
  entra,
}) => {
  await signIn(page);
  await page.getByRole('button', { name: 'Megan Bowen' }).click();
  await expect(page.getByText('meganb@contoso.onmicrosoft.com')).toBeVisible();
  await expect(
    page.getByText(/Tenant 72f988bf-0000-4000-8000-00000000c0de · Global/),
  ).toBeVisible();
  await chooseMenuItem(page, 'Sign out');

  await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toBeVisible();
  const { storage, rest, snapshots } = await page.evaluate(() => {
    const all: Record<string, string> = { ...sessionStorage, ...localStorage };
    const kept = Object.keys(all).filter((key) =>
      key.startsWith('ndes-connector-admin.last-visit.'),
    );
    const others = Object.fromEntries(Object.entries(all).filter(([key]) => !kept.includes(key)));
    return { storage: JSON.stringify(all), rest: JSON.stringify(others), snapshots: kept };
  });
  for (const token of entra.issuedAccessTokens) expect(storage).not.toContain(token);
  expect(storage).not.toContain('fake-refresh-token');
  expect(rest).not.toContain('CERT01');
  // Kept on purpose (README, "What the browser keeps"): this user's list as last shown in this tenant,
  // for "Since your last visit"; the account menu's "Forget this browser's snapshots" removes it.
  expect(snapshots).toHaveLength(1);
});

test.describe('read-only sign-in', () => {
  test('a token without the write scope makes editing read-only, with the reason', async ({
    page,
    entra,
  }) => {
    entra.grantedScope = 'https://graph.microsoft.com/DeviceManagementConfiguration.Read.All';
    await signIn(page);
    await expect(
      page.getByText(
        /Read-only: your sign-in was not granted DeviceManagementConfiguration.ReadWrite.All/,
      ),
    ).toBeVisible();
    await page.getByRole('link', { name: 'CERT01 – NDES primary' }).click();
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveAttribute('aria-disabled', 'true');
  });

  test('a 403 on a write turns editing read-only and says which role is missing', async ({
    page,
    graph,
  }) => {
    graph.answerOnce((call) => call.method === 'PATCH', {
      status: 403,
      body: {
        error: {
          code: 'Forbidden',
          message: 'Application is not authorized to perform this operation.',
        },
      },
    });
    await signIn(page);
    await page.goto(`/connectors/${CONNECTOR_ID}/edit`);
    await page.getByLabel('Display name').fill('Blocked rename');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('dialog', { name: 'Review changes before saving' })
      .getByRole('button', { name: 'Confirm and save' })
      .click();
    await expect(page.getByText(/Read-only: Graph refused a change \(403\)/)).toBeVisible();
    await expect(page.getByText(/Intune role/).first()).toBeVisible();
    await expect(page.getByLabel('Display name')).toHaveValue('Blocked rename');
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});

test.describe('US Government cloud', () => {
  test.use({
    appConfig: {
      clientId: '5f0c8d3e-1b2a-4c6d-9e8f-0a1b2c3d4e5f',
      tenantId: 'contoso.onmicrosoft.us',
      cloud: 'usgov',
    },
  });

  test('signs in at login.microsoftonline.us and calls graph.microsoft.us', async ({
    page,
    entra,
    graph,
  }) => {
    await signIn(page);
    expect(entra.authorizeRequests[0]?.host).toBe('login.microsoftonline.us');
    expect(entra.authorizeRequests[0]?.searchParams.get('scope')?.split(' ')).toContain(
      'https://graph.microsoft.us/DeviceManagementConfiguration.ReadWrite.All',
    );
    expect(graph.calls.length).toBeGreaterThan(0);
    expect(
      graph.calls.every((call) => call.url.startsWith('https://graph.microsoft.us/beta/')),
    ).toBe(true);
  });
});
