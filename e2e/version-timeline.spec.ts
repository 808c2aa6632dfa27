import type { Page, Response } from '@playwright/test';

import { axeViolations, expectColorScheme } from './support/axe';
import { blockCode } from './support/block-code';
import { expect, test } from './support/demo-test';
import { tabTo, tabThrough } from './support/keyboard';
import { CERT01 } from './support/seeded';

// A class name only MUI X Charts' code contains: a script that has it is the charts library.
const CHARTS_MARKER = 'MuiChartsSurface';

/** The bodies of the scripts the page has loaded so far, by URL. */
function collectScripts(page: Page) {
  const scripts: Promise<{ url: string; hasCharts: boolean }>[] = [];
  page.on('response', (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      response.text().then(
        (body) => ({ url: response.url(), hasCharts: body.includes(CHARTS_MARKER) }),
        () => ({ url: response.url(), hasCharts: false }),
      ),
    );
  });
  return async () => Promise.all(scripts);
}

const timelineButton = (page: Page) => page.getByRole('button', { name: 'Show version timeline' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Version timeline' });

/** Opens the timeline and its table; returns the table's rows as { version: connectors }. */
async function openTimelineTable(page: Page) {
  await timelineButton(page).click();
  await expect(timeline(page).locator('svg').first()).toBeVisible();
  await timeline(page).getByRole('button', { name: 'Show as a table' }).click();
  const table = timeline(page).getByRole('table', { name: /support timeline/ });
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent)),
  );
  // Version, Released, Supported until, May stop working from, Connectors, …
  return new Map(cells.map((row) => [row[0] ?? '', Number(row[4])]));
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

test('the list loads MUI X Charts only once the version timeline is opened, and shows each version', async ({
  page,
}) => {
  const scripts = collectScripts(page);
  await page.goto('/connectors');
  const subtitle = page.getByText(/^\d+ connectors in /);
  await expect(subtitle).toBeVisible();
  await expect(timelineButton(page)).toBeVisible();
  expect((await scripts()).filter((script) => script.hasCharts)).toEqual([]);

  const counts = await openTimelineTable(page);
  expect((await scripts()).some((script) => script.hasCharts)).toBe(true);
  const listed = Number((await subtitle.textContent())?.split(' ')[0]);
  expect(total(counts)).toBe(listed);
  expect(counts.get(CERT01.version)).toBeGreaterThan(0);
  await expect(timeline(page).getByText(/^Today$/)).toBeVisible();

  await page.getByRole('button', { name: 'Hide version timeline' }).click();
  await expect(timeline(page)).toBeHidden();
});

test('the fleet shows the versions of every tenant summed', async ({ page }) => {
  const scripts = collectScripts(page);
  await page.goto('/fleet');
  const status = page.getByText(/^Loaded 3 of 3 tenants/);
  await expect(status).toBeVisible();
  expect((await scripts()).filter((script) => script.hasCharts)).toEqual([]);

  const counts = await openTimelineTable(page);
  const fleetTotal = Number(/· (\d+) connectors/.exec((await status.textContent()) ?? '')?.[1]);
  expect(total(counts)).toBe(fleetTotal);
  await expect(
    timeline(page).getByRole('columnheader', { name: 'Tenants', exact: true }),
  ).toBeVisible();
});

test('a timeline whose code does not arrive says so, keeps the list, and opens on Retry', async ({
  page,
  context,
}) => {
  const unblock = await blockCode(context, 'version-timeline-chart', 'gone');
  await page.goto('/connectors');
  await timelineButton(page).click();
  const notice = page
    .getByRole('alert')
    .filter({ hasText: 'The version timeline could not be downloaded.' });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'NDES connectors' })).toBeVisible();
  await unblock();
  await notice.getByRole('button', { name: 'Retry' }).click();
  await expect(timeline(page).getByRole('heading', { name: 'Version timeline' })).toBeVisible();
  await expect(notice).toBeHidden();
});

for (const path of ['/connectors', '/fleet']) {
  test(`on ${path}, the keyboard reaches the open timeline's table button and no unnamed stop`, async ({
    page,
  }) => {
    await page.goto(path);
    await tabTo(page, timelineButton(page));
    await page.keyboard.press('Enter');
    await expect(timeline(page).locator('.MuiChartsSurface-root')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hide version timeline' })).toBeFocused();
    expect(await tabThrough(page, timeline(page))).toEqual(['- button "Show as a table"']);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const path of ['/connectors', '/fleet']) {
      test(`the open timeline on ${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await expectColorScheme(page, colorScheme);
        await openTimelineTable(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
