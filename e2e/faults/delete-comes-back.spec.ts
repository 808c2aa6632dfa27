import type { Page } from '@playwright/test';

import { bulkDialog } from '../support/bulk';
import { deleteDialog, LEFTOVER, openDetail } from '../support/delete-dialog';
import { expect, test } from '../support/demo-test';

import { armFault, clearRequestLog, loggedRequests } from './support/mock-graph';

const APAC = { id: '2d6b8e14-3f7a-4c9d-a1e5-8b0f4c6d2a06', name: 'APAC SCEP' };
const CAME_BACK =
  /^It connected again at \d{1,2}[:.]\d{2}(\s?[AP]M)? and its state changed to Active, so it was not deleted\.$/;
const comeBack = (page: Page, id: string) =>
  armFault(page, {
    method: 'GET',
    path: '/deviceManagement/ndesConnectors/*',
    kind: 'comes-back',
    target: id,
  });
const deletes = async (page: Page) =>
  (await loggedRequests(page, 'DELETE')).map(({ path }) => path);

test('DELETE: the connector came back before the send, so no DELETE goes out', async ({ page }) => {
  await openDetail(page, LEFTOVER.id, LEFTOVER.name);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = deleteDialog(page, LEFTOVER.name);
  await clearRequestLog(page);
  await comeBack(page, LEFTOVER.id);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();

  await expect(dialog.getByRole('alert').locator('.MuiAlertTitle-root')).toHaveText(CAME_BACK);
  await expect(dialog).toContainText('Active (active)');
  expect(await deletes(page)).toEqual([]);

  await dialog.getByRole('button', { name: 'Delete anyway' }).click();
  await expect(page).toHaveURL(/\/connectors$/);
  expect(await deletes(page)).toEqual([`/deviceManagement/ndesConnectors/${LEFTOVER.id}`]);
});

test('DELETE selected: the one that came back is left out, the other is deleted', async ({
  page,
}) => {
  await page.goto('/connectors');
  for (const { name } of [LEFTOVER, APAC]) {
    await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  await page.getByRole('button', { name: 'Delete selected' }).click();
  const dialog = bulkDialog(page);
  await clearRequestLog(page);
  await comeBack(page, APAC.id);
  await dialog.getByRole('button', { name: 'Delete 2 connectors' }).click();

  await expect(dialog.getByText(CAME_BACK)).toBeVisible();
  const batch = (await loggedRequests(page, 'POST', '/$batch')).map(({ body }) => body ?? '');
  expect(batch).toHaveLength(1);
  const urls = (
    JSON.parse(batch[0] ?? '{}') as { requests: { method: string; url: string }[] }
  ).requests.map(({ method, url }) => `${method} ${url}`);
  expect(urls).toEqual([`DELETE /deviceManagement/ndesConnectors/${LEFTOVER.id}`]);
});
