import type { Page } from '@playwright/test';

import {
  confirmSave,
  connectorRow,
  connectorRows,
  displayNameField,
  openApp,
  reviewDialog,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { unsavedChangesDialog } from './support/edit-form';
import { capturePatches } from './support/graph-requests';
import { deleteConnectorInTenant } from './support/mock-tenant';
import { CERT01, CONNECTORS_URL, SEEDED_CONNECTOR_COUNT } from './support/seeded';

const TYPED_NAME = 'CERT01 – edited while it was deleted';

/** The save's error above the buttons: one alert says what happened, what is kept and the way on. */
const deletedAlert = (page: Page) =>
  page.getByRole('alert').filter({ hasText: /^This connector no longer exists in the tenant\./ });

/** From the list to the edit page, as an admin goes; types a new name, then the connector is deleted. */
async function editThenDelete(page: Page) {
  await openApp(page);
  await connectorRow(page, CERT01.name).getByRole('link', { name: CERT01.name }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await displayNameField(page).fill(TYPED_NAME);
  expect(await deleteConnectorInTenant(page, CERT01.id)).toBe(204);
}

test('saving a connector deleted meanwhile says so, sends no PATCH and keeps the typed value', async ({
  page,
}) => {
  const patches = capturePatches(page);
  await editThenDelete(page);

  // The save re-reads the connector before it writes: that read is the one that finds it gone.
  const reread = page.waitForResponse(
    (response) =>
      response.request().method() === 'GET' && response.url() === `${CONNECTORS_URL}/${CERT01.id}`,
  );
  await confirmSave(page);
  expect((await reread).status()).toBe(404);

  await expect(deletedAlert(page)).toBeVisible();
  await expect(deletedAlert(page)).toContainText('It may have been deleted or unenrolled.');
  await expect(deletedAlert(page)).toContainText('Your changes are kept as a draft in this tab.');
  // One message, not the same news twice.
  await expect(page.getByRole('alert').filter({ hasText: 'no longer exists' })).toHaveCount(1);
  await expect(reviewDialog(page)).toBeHidden();
  await expect(displayNameField(page)).toHaveValue(TYPED_NAME);
  await expect(
    deletedAlert(page).getByRole('button', { name: 'Back to connectors' }),
  ).toBeVisible();
  expect(patches).toHaveLength(0);
});

test('"Back to connectors" after a deletion goes to the list, which no longer lists it', async ({
  page,
}) => {
  await editThenDelete(page);
  await confirmSave(page);
  await deletedAlert(page).getByRole('button', { name: 'Back to connectors' }).click();

  // The app itself offered the way back: it should not then ask to discard the draft it kept.
  await expect(unsavedChangesDialog(page)).toHaveCount(0);
  await expect(page).toHaveURL('/connectors');
  await expect(connectorRows(page)).toHaveCount(SEEDED_CONNECTOR_COUNT - 1);
  await expect(page.getByRole('link', { name: CERT01.name, exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: TYPED_NAME })).toHaveCount(0);
});
