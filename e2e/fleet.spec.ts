import { readFile } from 'node:fs/promises';

import { axeViolations, expectColorScheme } from './support/axe';
import { expect, test } from './support/demo-test';

const FABRIKAM = '00000000-0000-4000-8000-00000000fab1';

test('the fleet view filters, sorts, exports with the tenant column and opens a connector in its tenant', async ({
  page,
}) => {
  await page.goto('/fleet');
  await expect(page.getByText('Loaded 3 of 3 tenants')).toBeVisible();
  const table = page.getByRole('table', { name: 'Connectors of every tenant' });

  await page.getByLabel('Tenant', { exact: true }).click();
  await page.getByRole('option', { name: 'Fabrikam' }).click();
  await expect(page).toHaveURL(new RegExp(`tenant=${FABRIKAM}`));
  await expect(page.getByText('Showing 12 of')).toBeVisible();

  await table.getByRole('button', { name: 'Name' }).click();
  await expect(page).toHaveURL(/sort=name/);
  const names = await table.getByRole('row').locator('td:nth-child(2)').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile((await (await download).path()) ?? '', 'utf8');
  expect(csv.startsWith('\uFEFFTenant,Tenant ID,Name,')).toBe(true);
  expect(csv.trim().split('\r\n')).toHaveLength(13);
  expect(csv.split('\r\n')[1]).toMatch(/^Fabrikam,/);

  expect(await axeViolations(page)).toEqual([]);

  const search = page.getByLabel('Search connectors');
  await search.fill('no connector is called this');
  await expect(page.getByText('Showing 0 of')).toBeVisible();
  await expect(page).toHaveURL(/q=no\+connector/);
  // The Fleet link leads to the unfiltered fleet: the field follows the URL, not what was typed.
  await page.getByRole('banner').getByRole('link', { name: 'Fleet', exact: true }).click();
  await expect(page).not.toHaveURL(/q=/);
  await expect(search).toHaveValue('');
  await page.getByLabel('Tenant', { exact: true }).click();
  await page.getByRole('option', { name: 'Fabrikam' }).click();
  await expect(page.getByText('Showing 12 of')).toBeVisible();

  const first = table.getByRole('row').nth(1).getByRole('link');
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/t/${FABRIKAM}/connectors/`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tenant: Fabrikam' })).toBeVisible();
});

test('a row clicked before the search is in the URL opens its connector', async ({
  page,
  context,
}) => {
  // The connector page's code arrives late, as on a slow network: the search's write to the URL, which
  // waits for a pause in typing, must not pull the user back to the fleet while the page loads.
  await context.route('**/assets/connector-route-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.goto('/fleet');
  await expect(page.getByText('Loaded 3 of 3 tenants')).toBeVisible();
  await page.getByLabel('Search connectors').fill('CERT01');
  await page
    .getByRole('table', { name: 'Connectors of every tenant' })
    .getByRole('link', { name: /^CERT01 – NDES primary in / })
    .click();

  await expect(
    page.getByRole('heading', { name: 'CERT01 – NDES primary', level: 1 }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/connectors\/[^/?]+$/);
});

test('a search typed just before a row is clicked is still there on Back', async ({ page }) => {
  await page.clock.install();
  await page.goto('/fleet');
  await expect(page.getByText('Loaded 3 of 3 tenants')).toBeVisible();
  // Time stands still from here to the click: the search's write, which waits for a pause in typing,
  // cannot have happened, as when the user clicks within a moment of typing.
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  await page.getByLabel('Search connectors').fill('CERT01');
  await page
    .getByRole('table', { name: 'Connectors of every tenant' })
    .getByRole('link', { name: /^CERT01 – NDES primary in / })
    .click();
  await page.clock.resume();
  await expect(
    page.getByRole('heading', { name: 'CERT01 – NDES primary', level: 1 }),
  ).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/fleet\?q=CERT01$/);
  await expect(page.getByLabel('Search connectors')).toHaveValue('CERT01');
  await expect(page.getByText(/^Showing 2 of \d+ connectors$/)).toBeVisible();
});

test('a filter typed while the MSP fleet is scrolled far down shows the end of what it leaves at once', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('banner').getByRole('button', { name: 'More demo tenants' }).click();
  await page.getByRole('menuitem', { name: /^Load an MSP fleet/ }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Fleet', exact: true }).click();
  await expect(page.getByText('Loaded 100 of 100 tenants')).toBeVisible({ timeout: 120_000 });
  const rows = page
    .getByRole('table', { name: 'Connectors of every tenant' })
    .locator('tbody tr:not([aria-hidden])');
  const rowHeight = (await rows.first().boundingBox())?.height ?? 0;
  await page
    .getByTestId('fleet-scroller')
    .evaluate((element, top) => (element.scrollTop = top), 5_000 * rowHeight);
  await expect(rows.first()).toHaveAttribute('aria-rowindex', /^49\d\d$/);

  await page.getByLabel('Search connectors').fill('cedar');
  const count = page.getByText(/^Showing \d+ of \d+ connectors$/);
  await expect(count).not.toHaveText(/^Showing 9\d{3} of/);
  const shown = Number((await count.textContent())?.split(' ')[1]);

  // Read once, not retried: the rows must be there in the render that shows the new count.
  expect(await rows.count()).toBeGreaterThan(0);
  await expect(rows.last()).toHaveAttribute('aria-rowindex', String(shown + 1));
});

test.describe('on a laptop screen', () => {
  test.use({ viewport: { width: 1300, height: 800 } });

  test('the filters share one row and the table fits without scrolling sideways', async ({
    page,
  }) => {
    await page.goto('/fleet');
    await expect(page.getByText('Loaded 3 of 3 tenants')).toBeVisible();
    const search = await page.getByLabel('Search connectors').boundingBox();
    const version = await page.getByLabel('Version', { exact: true }).boundingBox();
    expect(version?.y).toBe(search?.y);

    const scroller = page.getByTestId('fleet-scroller');
    const { scrollWidth, clientWidth } = await scroller.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // A reason cut short by the column is whole in the cell's title.
    const reasons = page
      .getByRole('table', { name: 'Connectors of every tenant' })
      .locator('td.reasons')
      .first();
    await expect(reasons).toContainText('Intune reports the connector as inactive');
    await expect(reasons).toHaveAttribute('title', await reasons.innerText());
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('the fleet view, its health badges and links pass axe', async ({ page }) => {
      await page.goto('/fleet');
      await expect(page.getByText('Loaded 3 of 3 tenants')).toBeVisible();
      await expectColorScheme(page, colorScheme);
      const table = page.getByRole('table', { name: 'Connectors of every tenant' });
      for (const verdict of ['Healthy', 'Warning', 'Unhealthy']) {
        await page.getByLabel('Health', { exact: true }).click();
        await page.getByRole('option', { name: verdict, exact: true }).click();
        await expect(table.getByText(verdict, { exact: true }).first()).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      }
    });
  });
}

test('the fleet filters by support, kept in the URL', async ({ page }) => {
  await page.goto('/fleet');
  await expect(page.getByText('Loaded 3 of 3 tenants')).toBeVisible();
  const table = page.getByRole('table', { name: 'Connectors of every tenant' });
  const headers = await table.getByRole('columnheader').allTextContents();
  const supportColumn = headers.findIndex((text) => text.startsWith('Support')) + 1;
  expect(supportColumn).toBeGreaterThan(0);

  await page.getByLabel('Support', { exact: true }).click();
  await page.getByRole('option', { name: "Can't issue" }).click();
  await expect(page).toHaveURL(/support=cannot-issue/);
  await expect(page.getByText(/^Showing [1-9]\d* of/)).toBeVisible();
  const cells = await table
    .getByRole('row')
    .locator(`td:nth-child(${supportColumn})`)
    .allTextContents();
  expect(cells.length).toBeGreaterThan(0);
  expect(new Set(cells)).toEqual(new Set(['Can no longer issue or revoke certificates']));

  await page.reload();
  await expect(page.getByLabel('Support', { exact: true })).toHaveText("Can't issue");
});
