import type { Page } from '@playwright/test';

import { axeViolations, expectColorScheme } from './support/axe';
import { displayNameField, saveAndConfirm } from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { captureAuditReads } from './support/graph-requests';
import { CERT01 } from './support/seeded';

const historyButton = (page: Page) => page.getByRole('button', { name: 'Show who changed what' });
const accessStep = (page: Page) => page.getByRole('region', { name: 'Audit data access' });
const changes = (page: Page) => page.getByRole('list', { name: 'Changes, newest first' });

test("History asks to allow audit data once, then shows other admins' changes to this connector only", async ({
  page,
}) => {
  const reads = captureAuditReads(page);
  await page.goto(`/connectors/${CERT01.id}`);
  await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();
  await expect(historyButton(page)).toBeVisible();
  expect(reads, 'audit reads before History opens').toHaveLength(0);

  await historyButton(page).click();
  await expect(accessStep(page)).toContainText('DeviceManagementApps.Read.All');
  expect(reads).toHaveLength(0);
  await accessStep(page).getByRole('button', { name: 'Allow reading Intune audit data' }).click();

  const items = changes(page).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.filter({ hasText: 'jordan.lee@contoso.example' }).first()).toContainText(
    'CERT01',
  );
  await expect(items.filter({ hasText: 'Contoso provisioning' })).toHaveCount(1);
  // CERT02's scope-tag change (priya.natarajan) is another connector's: not here.
  await expect(changes(page)).not.toContainText('priya.natarajan@contoso.example');
  expect(reads).toHaveLength(1);

  // A longer window reaches priya's rename of CERT01, 60 days ago.
  await page
    .getByRole('group', { name: 'Time window' })
    .getByRole('button', { name: '90 days' })
    .click();
  await expect(items).toHaveCount(4);
  await expect(changes(page)).toContainText('priya.natarajan@contoso.example');
});

test('a change saved here shows in History as made by you in this browser', async ({ page }) => {
  await page.goto(`/connectors/${CERT01.id}/edit`);
  await displayNameField(page).fill('CERT01 – renamed here');
  await saveAndConfirm(page);

  await historyButton(page).click();
  await accessStep(page).getByRole('button', { name: 'Allow reading Intune audit data' }).click();
  const mine = changes(page).getByRole('listitem').first();
  await expect(mine).toContainText('by you in this browser');
  await expect(mine).toContainText('admin@contoso.example');
  await expect(mine.getByRole('row', { name: /DisplayName/ })).toContainText(
    `${CERT01.name}CERT01 – renamed here`,
  );
  await expect(changes(page).getByText('by you in this browser')).toHaveCount(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`History's consent step and events pass axe in the ${colorScheme} scheme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/connectors/${CERT01.id}`);
    await expectColorScheme(page, colorScheme);
    await historyButton(page).click();
    await expect(accessStep(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await accessStep(page).getByRole('button', { name: 'Allow reading Intune audit data' }).click();
    await expect(changes(page).getByRole('listitem')).toHaveCount(3);
    expect(await axeViolations(page)).toEqual([]);
  });
}
