import type { BrowserContext } from '@playwright/test';

import { cellOf, connectorRow, openApp } from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { healthPanel, PKCS_EU } from './support/health';
import { CERT01 } from './support/seeded';

// A release after the shipped table's newest (6.2510.3.2002), more than six months ago.
const NEWER = { version: '6.2605.1.1', released: '2026-05-04' };

// context.route, not page.route: with the mock service worker active, only the context sees the request.
const serveConfig = (context: BrowserContext, json: unknown) =>
  context.route('**/config.json', (route) => route.fulfill({ json }));

test("the demo takes config.json's connectorReleases: a newer release moves a connector's support status", async ({
  page,
  context,
}) => {
  await openApp(page);
  const support = await cellOf(connectorRow(page, CERT01.name), 'Support');
  await expect(support).toHaveText('Supported');

  await serveConfig(context, { connectorReleases: [NEWER] });
  await page.reload();
  await expect(support).toHaveText('Unsupported since 4 Nov 2026');
  // An older version keeps its dates: its next release is still in the shipped table.
  await expect(await cellOf(connectorRow(page, PKCS_EU.name), 'Support')).toHaveText(
    PKCS_EU.support,
  );

  await connectorRow(page, CERT01.name).getByRole('link', { name: CERT01.name }).click();
  await expect(healthPanel(page)).toContainText(
    'Support: Unsupported since 4 Nov 2026: update to 6.2605.1.1',
  );
});

test('a bad connectorReleases in config.json gets the config error page, naming the key', async ({
  page,
  context,
}) => {
  await serveConfig(context, {
    connectorReleases: [{ version: '6.2611.1.1', released: '2026-02-30' }],
  });
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: "The app's configuration needs fixing" }),
  ).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveText(
    'connectorReleases.0.released: expected a real release date, year-month-day, such as "2026-11-02".',
  );
});
