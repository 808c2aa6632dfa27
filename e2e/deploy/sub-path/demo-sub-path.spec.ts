import { expect, test } from '@playwright/test';

const CONNECTOR_ID = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';

test('the demo built with --base /ndes-demo/ opens a deep link on a plain static host', async ({
  page,
}) => {
  await page.goto(`/ndes-demo/connectors/${CONNECTOR_ID}/edit`);
  await expect(
    page.getByRole('heading', { name: 'Edit CERT01 – NDES primary', level: 1 }),
  ).toBeVisible({ timeout: 15_000 });

  await page.getByRole('link', { name: 'Connectors', exact: true }).click();
  await expect(page).toHaveURL(/\/ndes-demo\/connectors$/);
  await expect(page.getByRole('link', { name: 'CERT01 – NDES primary' })).toBeVisible();
});
