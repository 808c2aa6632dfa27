import { CLIENT_ID } from './support/fake-entra';
import { expect, test } from './support/fixtures';

test('explains a missing admin consent in words, with the client id', async ({ page, entra }) => {
  entra.authorizeOutcome = {
    kind: 'error',
    error: 'consent_required',
    description:
      "AADSTS65001: The user or administrator has not consented to use the application with ID '" +
      CLIENT_ID +
      "'. Send an interactive authorization request for this user and resource.",
  };
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'An administrator must grant the app the DeviceManagementConfiguration.ReadWrite.All permission',
  );
  await expect(alert).toContainText(CLIENT_ID);
  await expect(alert).not.toContainText('https://');
});

test('says so when the user cancels the sign-in', async ({ page, entra }) => {
  entra.authorizeOutcome = {
    kind: 'error',
    error: 'access_denied',
    description: 'AADSTS65004: User declined to consent.',
  };
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  await expect(page.getByRole('alert')).toContainText('Sign-in was cancelled');
});
