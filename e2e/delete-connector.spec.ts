import type { Page } from '@playwright/test';

import { armFault, clearRequestLog, loggedRequests } from './faults/support/mock-graph';
import { axeViolations, expectColorScheme } from './support/axe';
import { connectorRow } from './support/connector-pages';
import { deleteDialog, LEFTOVER, openDetail } from './support/delete-dialog';
import { expect, test } from './support/demo-test';
import { tabTo } from './support/keyboard';
import { deleteConnectorInTenant } from './support/mock-tenant';
import { CERT01 } from './support/seeded';

const ONE = '/deviceManagement/ndesConnectors/:id';
const sent = async (page: Page, method?: string) =>
  (await loggedRequests(page, method)).map((request) => `${request.method} ${request.path}`);

test('a healthy connector is deleted only after its name is typed', async ({ page }) => {
  await openDetail(page, CERT01.id, CERT01.name);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = deleteDialog(page, CERT01.name);
  await expect(dialog).toContainText(CERT01.machine);
  await expect(dialog).toContainText('Healthy');
  await expect(dialog).toContainText('Last connection');
  const confirm = dialog.getByRole('button', { name: 'Delete', exact: true });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: /Type the connector’s name/ }).fill('CERT01');
  await expect(confirm).toBeDisabled();
  expect(await sent(page, 'DELETE')).toEqual([]);

  await dialog.getByRole('textbox', { name: /Type the connector’s name/ }).fill(CERT01.name);
  await confirm.click();
  await expect(
    page.getByRole('alert').filter({ hasText: `Deleted “${CERT01.name}”.` }),
  ).toContainText(/request-id: [0-9a-f-]{36}/);
  await expect(page).toHaveURL(/\/connectors$/);
  await expect(connectorRow(page, 'CERT02 – NDES secondary')).toBeVisible();
  await expect(connectorRow(page, CERT01.name)).toHaveCount(0);
  expect(await sent(page, 'DELETE')).toEqual([
    `DELETE /deviceManagement/ndesConnectors/${CERT01.id}`,
  ]);
});

test('a reinstall leftover is deleted from its health flag without typing', async ({ page }) => {
  await openDetail(page, LEFTOVER.id, LEFTOVER.name);
  await page.getByRole('button', { name: 'Delete this leftover' }).click();
  const dialog = deleteDialog(page, LEFTOVER.name);
  await expect(dialog).toContainText('Possible reinstall leftover');
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(/\/connectors$/);
  await expect(connectorRow(page, LEFTOVER.name)).toHaveCount(0);
});

test('a 404 is reported as already gone and leaves the list', async ({ page }) => {
  await openDetail(page, LEFTOVER.id, LEFTOVER.name);
  // Someone else deletes it while the page is open, so the app's DELETE meets a real 404.
  expect(await deleteConnectorInTenant(page, LEFTOVER.id)).toBe(204);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await deleteDialog(page, LEFTOVER.name)
    .getByRole('button', { name: 'Delete', exact: true })
    .click();
  await expect(page.getByRole('alert').filter({ hasText: 'was already gone' })).toBeVisible();
  await expect(page).toHaveURL(/\/connectors$/);
  await expect(connectorRow(page, LEFTOVER.name)).toHaveCount(0);
});

test('a failed delete (500) keeps the connector and shows the ids', async ({ page }) => {
  await openDetail(page, LEFTOVER.id, LEFTOVER.name);
  await armFault(page, { method: 'DELETE', path: ONE, kind: 'http-500' });
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = deleteDialog(page, LEFTOVER.name);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  const alert = dialog.getByRole('alert').filter({ hasText: 'The connector was not deleted' });
  await expect(alert).toContainText('InternalServerError');
  await expect(alert).toContainText(/request-id/i);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: LEFTOVER.name })).toBeVisible();
  await page.goto('/connectors');
  await expect(connectorRow(page, LEFTOVER.name)).toBeVisible({ timeout: 30_000 });
});

test('a delete whose answer was lost is re-read before it is offered again', async ({ page }) => {
  await openDetail(page, LEFTOVER.id, LEFTOVER.name);
  await armFault(page, { method: 'DELETE', path: ONE, kind: 'network-error' });
  await clearRequestLog(page);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = deleteDialog(page, LEFTOVER.name);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog).toContainText('the connector is still there');
  const path = `/deviceManagement/ndesConnectors/${LEFTOVER.id}`;
  // The read before the DELETE (has it changed since the dialog opened?), then the re-check after.
  expect(await sent(page)).toEqual([`GET ${path}`, `DELETE ${path}`, `GET ${path}`]);

  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(/\/connectors$/);
  await expect(connectorRow(page, LEFTOVER.name)).toHaveCount(0);
});

test('the whole delete by keyboard', async ({ page }) => {
  await openDetail(page, CERT01.id, CERT01.name);
  await tabTo(page, page.getByRole('button', { name: 'Delete', exact: true }));
  await page.keyboard.press('Enter');
  const dialog = deleteDialog(page, CERT01.name);
  await tabTo(page, dialog.getByRole('textbox', { name: /Type the connector’s name/ }));
  await page.keyboard.type(CERT01.name);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/connectors$/);
  await expect(connectorRow(page, CERT01.name)).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('the delete dialog, and its failure, have no axe violations', async ({ page }) => {
      await openDetail(page, CERT01.id, CERT01.name);
      await expectColorScheme(page, colorScheme);
      await armFault(page, { method: 'DELETE', path: ONE, kind: 'http-500' });
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      const dialog = deleteDialog(page, CERT01.name);
      await expect(dialog).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await dialog.getByRole('textbox').fill(CERT01.name);
      await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect(dialog.getByRole('alert')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
