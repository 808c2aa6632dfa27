import type { Dialog, Page } from '@playwright/test';

import {
  connectorRow,
  describedValue,
  displayNameField,
  openApp,
  openEditPage,
  saveAndConfirm,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { draftOffer, unsavedChangesDialog } from './support/edit-form';
import { capturePatches } from './support/graph-requests';
import { CERT01 } from './support/seeded';

const EDITED_NAME = 'CERT01 – not saved yet';
const editUrl = `/connectors/${CERT01.id}/edit`;

const connectorsNavLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Connectors' });

/** Every dialog the browser raises (beforeunload included), answered with `answer`. */
function recordDialogs(page: Page, answer: 'accept' | 'dismiss') {
  const dialogs: Dialog[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog);
    void (answer === 'accept' ? dialog.accept() : dialog.dismiss());
  });
  return dialogs;
}

test.describe('leaving the edit page with unsaved changes', () => {
  test.beforeEach(async ({ page }) => {
    await openEditPage(page, CERT01.id, CERT01.name);
    await displayNameField(page).fill(EDITED_NAME);
  });

  test('an in-app link asks first: "Keep editing" stays with the edits', async ({ page }) => {
    await connectorsNavLink(page).click();

    const dialog = unsavedChangesDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(
      'You changed this connector but have not saved. Leaving discards your changes.',
    );
    await dialog.getByRole('button', { name: 'Keep editing' }).click();

    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(editUrl);
    await expect(displayNameField(page)).toHaveValue(EDITED_NAME);
  });

  test('an in-app link asks first: "Discard changes" leaves and nothing is saved', async ({
    page,
  }) => {
    const patches = capturePatches(page);
    await connectorsNavLink(page).click();
    await unsavedChangesDialog(page).getByRole('button', { name: 'Discard changes' }).click();

    await expect(page).toHaveURL('/connectors');
    await expect(connectorRow(page, CERT01.name)).toBeVisible();
    await expect(page.getByRole('link', { name: EDITED_NAME })).toHaveCount(0);

    // Discarded means gone: coming back offers no draft and shows the stored name.
    await connectorRow(page, CERT01.name).getByRole('link', { name: CERT01.name }).click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(displayNameField(page)).toHaveValue(CERT01.name);
    await expect(draftOffer(page)).toHaveCount(0);
    expect(patches).toHaveLength(0);
  });

  test('reloading makes the browser ask (beforeunload); staying keeps the page and the edit', async ({
    page,
  }) => {
    const asked = page.waitForEvent('dialog');
    // Staying cancels the reload, so Playwright's reload() never settles: it is not awaited.
    void page.reload().catch(() => undefined);
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();

    await expect(page).toHaveURL(editUrl);
    await expect(displayNameField(page)).toHaveValue(EDITED_NAME);
    // Still the same document: a reload would have brought the draft offer.
    await expect(draftOffer(page)).toHaveCount(0);
  });

  test('closing the tab makes the browser ask (beforeunload); staying keeps the tab open', async ({
    page,
  }) => {
    const dialogs = recordDialogs(page, 'dismiss');
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs.map((dialog) => dialog.type())).toEqual(['beforeunload']);

    expect(page.isClosed()).toBe(false);
    await expect(displayNameField(page)).toHaveValue(EDITED_NAME);
  });
});

test('leaving by browser back asks first: "Keep editing" stays, "Discard changes" goes back', async ({
  page,
}) => {
  // Reach the edit page the way a user does, so there is a page to go back to.
  await openApp(page);
  await connectorRow(page, CERT01.name).getByRole('link', { name: CERT01.name }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await displayNameField(page).fill(EDITED_NAME);

  await page.goBack();
  const dialog = unsavedChangesDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(editUrl);
  await expect(displayNameField(page)).toHaveValue(EDITED_NAME);

  await page.goBack();
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page).toHaveURL(`/connectors/${CERT01.id}`);
  await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();
  await expect(describedValue(page, 'Display name')).toHaveText(CERT01.name);
});

test.describe('no guard', () => {
  test('without changes: links, back and reload leave at once', async ({ page }) => {
    const dialogs = recordDialogs(page, 'accept');
    await openEditPage(page, CERT01.id, CERT01.name);

    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: `Edit ${CERT01.name}` }),
    ).toBeVisible();

    // A change typed and then undone leaves nothing to lose either.
    await displayNameField(page).fill(EDITED_NAME);
    await displayNameField(page).fill(CERT01.name);
    await connectorsNavLink(page).click();
    await expect(page).toHaveURL('/connectors');
    await expect(connectorRow(page, CERT01.name)).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(editUrl);
    await expect(displayNameField(page)).toHaveValue(CERT01.name);
    await page.goBack();
    await expect(page).not.toHaveURL(editUrl);

    await expect(unsavedChangesDialog(page)).toHaveCount(0);
    expect(dialogs).toHaveLength(0);
  });

  test('after a successful save: the save leaves without asking, and so do back and reload', async ({
    page,
  }) => {
    const dialogs = recordDialogs(page, 'accept');
    await openApp(page);
    await connectorRow(page, CERT01.name).getByRole('link', { name: CERT01.name }).click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await displayNameField(page).fill(EDITED_NAME);

    await saveAndConfirm(page);
    await expect(page).toHaveURL(`/connectors/${CERT01.id}`);
    await expect(page.getByRole('heading', { level: 1, name: EDITED_NAME })).toBeVisible();

    // Back on the edit page, the form holds what was saved: nothing is unsaved.
    await page.goBack();
    await expect(page).toHaveURL(editUrl);
    await expect(displayNameField(page)).toHaveValue(EDITED_NAME);
    await page.reload();
    await expect(displayNameField(page)).toHaveValue(EDITED_NAME);
    await connectorsNavLink(page).click();
    await expect(connectorRow(page, EDITED_NAME)).toBeVisible();

    await expect(unsavedChangesDialog(page)).toHaveCount(0);
    expect(dialogs).toHaveLength(0);
  });
});
