import type { Page } from '@playwright/test';

import { chooseMenuItem } from '../support/animations';
import { axeViolations } from '../support/axe';

import { LOGIN_HINT } from './support/fake-entra';
import { expect as baseExpect, signIn, test } from './support/fixtures';

// Each test signs in, leaves for Entra ID and comes back more than once: a full start each time.
test.slow();
const expect = baseExpect.configure({ timeout: 15_000 });

const CONNECTOR_ID = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';
const EDIT_PATH = `/connectors/${CONNECTOR_ID}/edit`;

async function startSaving(page: Page) {
  await page.getByRole('button', { name: 'Save' }).click();
  await page
    .getByRole('dialog', { name: 'Review changes before saving' })
    .getByRole('button', { name: 'Confirm and save' })
    .click();
}

test('a cancelled step-up shows its error and code once, then waits for a click', async ({
  page,
  entra,
}) => {
  const leavePrompts: string[] = [];
  page.on('dialog', (dialog) => {
    leavePrompts.push(dialog.type());
    void dialog.accept();
  });
  entra.accessTokenLifetimeSeconds = 60;
  await signIn(page);
  await page.goto(EDIT_PATH);
  await page.getByLabel('Display name').fill('CERT01 – after step-up');

  entra.requireMfaForExistingSessions();
  entra.authorizeOutcome = {
    kind: 'error',
    error: 'access_denied',
    description: 'AADSTS500121: Authentication failed during strong authentication request.',
  };
  await startSaving(page);

  const prompt = page.getByRole('dialog', { name: 'Your sign-in needs you' });
  await expect(prompt).toContainText('Sign-in was cancelled');
  await expect(prompt).toContainText('AADSTS500121');
  expect(await axeViolations(page)).toEqual([]);
  // The app's own trip to Entra ID passed the leave guard without asking.
  expect(leavePrompts).toEqual([]);
  expect(entra.authorizeRequests).toHaveLength(2);

  // Another token request after the failed attempt asks again instead of leaving again.
  await prompt.getByRole('button', { name: 'Not now' }).click();
  await expect(prompt).toBeHidden();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(prompt).toBeVisible();
  expect(entra.authorizeRequests).toHaveLength(2);

  await prompt.getByRole('button', { name: 'Sign in again' }).click();
  await expect.poll(() => entra.authorizeRequests.length).toBe(3);
  await expect(page.getByText('Your unsaved changes are restored')).toBeVisible();
  await expect(page.getByLabel('Display name')).toHaveValue('CERT01 – after step-up');
  await expect(prompt).toBeHidden();
});

test('a silent renewal that times out asks to sign in again and keeps the draft', async ({
  page,
  entra,
  graph,
}) => {
  entra.accessTokenLifetimeSeconds = 60;
  await signIn(page);
  await page.goto(EDIT_PATH);
  await page.getByLabel('Display name').fill('CERT01 – after timeout');
  entra.expireRefreshTokens();
  entra.silentAuthorizeHangs = true;
  await startSaving(page);

  const prompt = page.getByRole('dialog', { name: 'Your sign-in needs you' });
  // MSAL gives the hidden frame ten seconds before it reports timed_out.
  await expect(prompt).toContainText('Sign in again', { timeout: 30_000 });
  await expect(prompt).toContainText('Your unsaved changes are kept');
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  expect(graph.calls.filter((call) => call.method === 'PATCH')).toHaveLength(0);

  entra.silentAuthorizeHangs = false;
  await prompt.getByRole('button', { name: 'Sign in again' }).click();
  await expect(page.getByText('Your unsaved changes are restored')).toBeVisible();
  await expect(page.getByLabel('Display name')).toHaveValue('CERT01 – after timeout');
});

test('signing out asks about unsaved changes, sends the logout hint and signs out the other tab', async ({
  page,
  context,
  entra,
}) => {
  await signIn(page);
  const otherTab = await context.newPage();
  await signIn(otherTab);
  await page.bringToFront();

  await page.goto(EDIT_PATH);
  await page.getByLabel('Display name').fill('Never saved');
  await page.getByRole('button', { name: 'Megan Bowen' }).click();
  await chooseMenuItem(page, 'Sign out');
  const ask = page.getByRole('dialog', { name: 'Sign out and discard unsaved changes?' });
  await expect(ask).toContainText('Unsaved changes to CERT01 – NDES primary');
  expect(await axeViolations(page)).toEqual([]);
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByLabel('Display name')).toHaveValue('Never saved');
  expect(entra.logoutRequests).toHaveLength(0);

  await page.getByRole('button', { name: 'Megan Bowen' }).click();
  await chooseMenuItem(page, 'Sign out');
  await ask.getByRole('button', { name: 'Sign out' }).click();

  await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toBeVisible();
  expect(entra.logoutRequests).toHaveLength(1);
  expect(entra.logoutRequests[0]?.searchParams.get('logout_hint')).toBe(LOGIN_HINT);
  await expect(otherTab.getByText('You signed out in another tab of the app.')).toBeVisible();
  await expect(otherTab.getByRole('button', { name: 'Sign in with Microsoft' })).toBeVisible();
  const otherStorage = await otherTab.evaluate(() => JSON.stringify({ ...sessionStorage }));
  for (const token of entra.issuedAccessTokens) expect(otherStorage).not.toContain(token);
  const storage = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
  expect(storage).not.toContain('Never saved');
});

test.describe('idle sign-out', () => {
  test.use({
    appConfig: {
      clientId: '5f0c8d3e-1b2a-4c6d-9e8f-0a1b2c3d4e5f',
      tenantId: '72f988bf-0000-4000-8000-00000000c0de',
      idleTimeoutMinutes: 5,
    },
  });

  test('warns a minute before, naming unsaved changes, then signs out and says why', async ({
    page,
    entra,
  }) => {
    await page.clock.install();
    await signIn(page);
    await page.goto(EDIT_PATH);
    await page.getByLabel('Display name').fill('Idle edit');

    const warning = page.getByRole('dialog', { name: 'You will be signed out in a minute' });
    await page.clock.fastForward('04:05');
    await expect(warning).toContainText('Unsaved changes to CERT01 – NDES primary');
    expect(await axeViolations(page)).toEqual([]);
    // Typing elsewhere does not dismiss the warning; only the button (keyboard here) does.
    await page.keyboard.press('Tab');
    await expect(warning).toBeVisible();
    await warning.getByRole('button', { name: 'Stay signed in' }).focus();
    await page.keyboard.press('Enter');
    await expect(warning).toBeHidden();

    await page.clock.fastForward('04:05');
    await expect(warning).toBeVisible();
    await page.clock.fastForward('01:00');
    await expect(
      page.getByText('You were signed out after 5 minutes without activity.'),
    ).toBeVisible();
    expect(entra.logoutRequests).toHaveLength(1);
  });
});
