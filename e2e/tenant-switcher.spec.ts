import type { Page } from '@playwright/test';

import { chooseMenuItem } from './support/animations';
import { axeViolations, expectColorScheme } from './support/axe';
import {
  connectorRow,
  connectorRows,
  displayNameField,
  openApp,
  saveAndConfirm,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { draftOffer } from './support/edit-form';
import { capturePatches } from './support/graph-requests';
import { CERT01, DEMO_TOKEN } from './support/seeded';

// The demo's other tenants (src/mocks/tenant/demo-tenants.ts).
const FABRIKAM = '00000000-0000-4000-8000-00000000fab1';

const switcher = (page: Page) => page.getByRole('button', { name: /^Tenant: / });
const picker = (page: Page) => page.getByRole('dialog', { name: 'Switch tenant' });

async function switchTo(page: Page, search: string, name: string) {
  await switcher(page).click();
  await picker(page).getByRole('combobox', { name: 'Find a tenant' }).fill(search);
  await picker(page).getByRole('option', { name }).click();
  await expect(switcher(page)).toHaveText(`Tenant: ${name}`);
}

/** Opens the first connector of the tenant the page lists, and returns its name. */
async function openFirstConnector(page: Page): Promise<string> {
  const link = connectorRows(page).first().getByRole('link').first();
  const name = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return name;
}

test('the switcher changes tenant and URL, and the tenant stays named in the top bar', async ({
  page,
}) => {
  await openApp(page);
  await expect(switcher(page)).toHaveText('Tenant: Contoso');
  await switchTo(page, 'fab', 'Fabrikam');

  await expect(page).toHaveURL(new RegExp(`/t/${FABRIKAM}/connectors$`));
  await expect(page.getByText(/connectors? in Fabrikam$/)).toBeVisible();
  await expect(connectorRow(page, CERT01.name)).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await chooseMenuItem(page, /^Download CSV/);
  expect((await download).suggestedFilename()).toMatch(
    /^ndes-connectors-fabrikam-\d{8}T\d{4}Z\.csv$/,
  );

  const name = await openFirstConnector(page);
  await expect(page).toHaveURL(new RegExp(`/t/${FABRIKAM}/connectors/[\\w-]+$`));
  await expect(switcher(page)).toHaveText('Tenant: Fabrikam');

  await switchTo(page, 'Contoso', 'Contoso');
  await expect(page).toHaveURL(/\/connectors$/);
  await expect(connectorRow(page, CERT01.name)).toHaveCount(1);
  await expect(connectorRow(page, name)).toHaveCount(0);
});

test('the switcher works by keyboard: Enter opens it, typing finds a tenant, Enter opens it', async ({
  page,
}) => {
  await openApp(page);
  await switcher(page).focus();
  await page.keyboard.press('Enter');
  await expect(picker(page).getByRole('combobox', { name: 'Find a tenant' })).toBeFocused();
  await page.keyboard.type('north');
  await page.keyboard.press('Enter');
  await expect(switcher(page)).toHaveText('Tenant: Northwind');
  await expect(page).toHaveURL(/\/t\/[\w-]+\/connectors$/);
});

test('a save in another tenant goes to that tenant with its token, and its draft stays there', async ({
  page,
}) => {
  await page.goto(`/t/${FABRIKAM}/connectors`);
  await openFirstConnector(page);
  await page.getByRole('link', { name: 'Edit' }).click();
  await displayNameField(page).fill('FAB – renamed in its own tenant');

  // A reload offers the draft again in Fabrikam; the sign-in tenant's editor offers nothing.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(draftOffer(page)).toBeVisible();
  const fabrikamEdit = page.url();
  await page.goto(`/connectors/${CERT01.id}/edit`);
  await expect(switcher(page)).toHaveText('Tenant: Contoso');
  await expect(displayNameField(page)).toHaveValue(CERT01.name);
  await expect(draftOffer(page)).toHaveCount(0);

  await page.goto(fabrikamEdit);
  await draftOffer(page).getByRole('button', { name: 'Restore draft' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const patches = capturePatches(page);
  await saveAndConfirm(page);
  expect(patches).toHaveLength(1);
  expect(await patches[0]?.headerValue('authorization')).toBe(`Bearer ${DEMO_TOKEN}.${FABRIKAM}`);
  await expect(page).toHaveURL(new RegExp(`/t/${FABRIKAM}/connectors/[\\w-]+$`));
  await expect(
    page.getByRole('heading', { level: 1, name: 'FAB – renamed in its own tenant' }),
  ).toBeVisible();

  // The Changes page names the tenant each change went to.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Changes' })
    .click();
  const changes = page.getByRole('table', { name: 'Changes sent in this session' });
  await expect(changes.getByRole('columnheader').nth(1)).toHaveText('Tenant');
  await expect(changes.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('Fabrikam');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('the switcher and its search pass axe', async ({ page }) => {
      await openApp(page);
      await expectColorScheme(page, colorScheme);
      await switcher(page).click();
      await expect(picker(page).getByRole('option')).toHaveCount(3);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
