import { blockCode } from '../support/block-code';
import { expect, test } from '../support/demo-test';

import { clearRequestLog, loggedRequests } from './support/mock-graph';
import { CERT01 } from './support/seed';

test(
  'offline: the app says so, waits, and loads what was asked once the network is back',
  {
    annotation: {
      type: 'expected',
      description:
        'offline banner; no request while offline; the page loads on reconnect; "Back online"',
    },
  },
  async ({ page, context }) => {
    await page.goto('/connectors');
    const link = page.getByRole('link', { name: CERT01.name, exact: true });
    await expect(link).toBeVisible();
    await clearRequestLog(page);

    await context.setOffline(true);
    const banner = page.getByRole('alert').filter({ hasText: 'You are offline.' });
    await expect(banner).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/connectors/${CERT01.id}$`));
    expect(await loggedRequests(page, 'GET', '/deviceManagement/ndesConnectors/:id')).toEqual([]);

    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();
    await expect(banner).toBeHidden();
    await expect(page.getByRole('alert').filter({ hasText: 'Back online' })).toBeVisible();
    expect(await loggedRequests(page, 'GET', '/deviceManagement/ndesConnectors/:id')).toHaveLength(
      1,
    );
  },
);

test(
  'offline: a page whose code had not arrived when the network dropped loads once it is back',
  {
    annotation: {
      type: 'expected',
      description: 'the page says it could not load; on reconnect it loads without a Retry',
    },
  },
  async ({ page, context }) => {
    // The detail page's code is fetched ahead of need once the list is shown; here that fetch fails,
    // as it would on a network that dropped before it, so the page's code is not there offline.
    const unblock = await blockCode(context, 'connector-route', 'offline');
    await page.goto('/connectors');
    const link = page.getByRole('link', { name: CERT01.name, exact: true });
    await expect(link).toBeVisible();

    await context.setOffline(true);
    await link.click();
    const failure = page
      .getByRole('alert')
      .filter({ hasText: 'This page could not be downloaded.' });
    await expect(failure).toContainText('You are offline. It loads by itself');
    await expect(failure.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(failure.getByRole('button', { name: 'Reload the app' })).toBeHidden();

    await unblock();
    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();
    await expect(failure).toBeHidden();
  },
);

test(
  'a page whose code is gone from the server (the app was deployed again) offers Retry and a reload',
  {
    annotation: {
      type: 'expected',
      description: 'what failed and why it may have; Reload the app loads the new version',
    },
  },
  async ({ page, context }) => {
    const unblock = await blockCode(context, 'connector-route', 'gone');
    await page.goto('/connectors');
    await page.getByRole('link', { name: CERT01.name, exact: true }).click();

    const failure = page
      .getByRole('alert')
      .filter({ hasText: 'This page could not be downloaded.' });
    await expect(failure).toContainText('If the app was updated since this tab opened, reload it');
    await failure.getByRole('button', { name: 'Retry' }).click();
    await expect(failure).toBeVisible();

    await unblock();
    await failure.getByRole('button', { name: 'Reload the app' }).click();
    await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/connectors/${CERT01.id}$`));
  },
);
