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
