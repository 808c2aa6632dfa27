import { expect, type Locator, type Page } from '@playwright/test';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches the whole text, nothing more: `hasText` alone matches any substring. */
export const exactly = (text: string) => new RegExp(`^${escapeRegExp(text)}$`);

export const connectorsTable = (page: Page) => page.getByRole('table', { name: 'NDES connectors' });

/** The body rows: the header row holds column headers, not cells. */
export const connectorRows = (page: Page) =>
  connectorsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

export const connectorRow = (page: Page, name: string) =>
  connectorRows(page).filter({ has: page.getByRole('link', { name, exact: true }) });

/** A row's cell under the column headed `column`, wherever the app puts that column. */
export async function cellOf(row: Locator, column: string): Promise<Locator> {
  const headers = row.locator('xpath=ancestor::table[1]').getByRole('columnheader');
  await expect(headers.filter({ hasText: exactly(column) })).toHaveCount(1);
  const texts = (await headers.allTextContents()).map((text) => text.trim());
  return row.getByRole('cell').nth(texts.indexOf(column));
}

/** The value beside a label in a description list (the detail page, the saved alert's ids). */
export const describedValue = (scope: Page | Locator, label: string) =>
  scope
    .getByRole('term')
    .filter({ hasText: exactly(label) })
    .locator('xpath=following-sibling::dd[1]');

/** Opens the app at its root, as a new user would, and waits for the connector list. */
export async function openApp(page: Page) {
  await page.goto('/');
  await expect(page).toHaveURL(/\/connectors(\?.*)?$/);
  await expect(connectorRows(page).first()).toBeVisible();
}

export async function openEditPage(page: Page, id: string, name: string) {
  await page.goto(`/connectors/${id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
}

export const displayNameField = (page: Page) => page.getByRole('textbox', { name: 'Display name' });
export const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });
export const reviewDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Review changes before saving' });

/** The success alert the detail page shows after a save (the toast says "Connector saved"). */
export const savedAlert = (page: Page) => page.getByRole('alert').filter({ hasText: /^Saved\b/ });

/** Save, then confirm the review: the PATCH goes out only on confirmation. Waits for nothing after. */
export async function confirmSave(page: Page) {
  await saveButton(page).click();
  await reviewDialog(page).getByRole('button', { name: 'Confirm and save' }).click();
}

/** `confirmSave`, then wait for the detail page's saved alert. */
export async function saveAndConfirm(page: Page) {
  await confirmSave(page);
  await expect(savedAlert(page)).toBeVisible();
}
