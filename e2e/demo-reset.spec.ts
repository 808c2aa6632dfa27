import {
  connectorRow,
  describedValue,
  displayNameField,
  openEditPage,
  saveAndConfirm,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { CERT01 } from './support/seeded';

test('"Reset demo data" brings back the seeded connector after an edit', async ({ page }) => {
  const renamed = 'Renamed for the demo';
  await openEditPage(page, CERT01.id, CERT01.name);
  await displayNameField(page).fill(renamed);
  await saveAndConfirm(page);
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();

  await page.getByRole('banner').getByRole('button', { name: 'Reset demo data' }).click();

  await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();
  await expect(describedValue(page, 'Display name')).toHaveText(CERT01.name);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Connectors' })
    .click();
  await expect(connectorRow(page, CERT01.name)).toBeVisible();
  await expect(page.getByRole('link', { name: renamed })).toHaveCount(0);
});
