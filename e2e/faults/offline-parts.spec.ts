import type { Page } from '@playwright/test';

import { axeViolations, expectColorScheme } from '../support/axe';
import { blockCode } from '../support/block-code';
import { bulkDialog, selectionToolbar } from '../support/bulk';
import { expect, test } from '../support/demo-test';

const notice = (page: Page, what: string) =>
  page.getByRole('alert').filter({ hasText: `${what} could not be downloaded.` });

test(
  'offline: a dialog whose code had not arrived says so over the page, which keeps its selection, and opens once the network is back',
  {
    annotation: {
      type: 'expected',
      description:
        'a notice, not an error page; the selection stays; the dialog opens on reconnect',
    },
  },
  async ({ page, context }) => {
    // The dialog's code is fetched on hover or on first open; here that fetch fails, as on a network
    // that dropped before it.
    const unblock = await blockCode(context, 'bulk-edit-dialog', 'offline');
    await page.goto('/connectors');
    await page.getByRole('checkbox', { name: 'Select all connectors in this filter' }).check();
    const selected = selectionToolbar(page).getByRole('status');
    await expect(selected).toHaveText(/^\d+ selected$/);
    const count = await selected.textContent();

    await context.setOffline(true);
    await selectionToolbar(page).getByRole('button', { name: 'Edit selected' }).click();
    await expect(notice(page, 'The bulk edit dialog')).toContainText(
      'You are offline. It loads by itself when the network is back.',
    );
    await expect(selected).toHaveText(count ?? '');
    await expect(page.getByRole('heading', { level: 1, name: 'Connectors' })).toBeVisible();

    await unblock();
    await context.setOffline(false);
    await expect(bulkDialog(page)).toBeVisible();
    await expect(notice(page, 'The bulk edit dialog')).toBeHidden();
  },
);

test(
  'a menu whose code is gone from the server says so; Close dismisses it and the next open loads it again',
  {
    annotation: {
      type: 'expected',
      description: 'Retry, Reload the app and Close; after Close, opening the menu again works',
    },
  },
  async ({ page, context }) => {
    const unblock = await blockCode(context, 'export-menu-popup', 'gone');
    await page.goto('/connectors');
    const exportButton = page.getByRole('button', { name: 'Export', exact: true });
    await exportButton.click();
    const failure = notice(page, 'The export menu');
    await expect(failure).toContainText('If the app was updated since this tab opened');
    await expect(failure.getByRole('button', { name: 'Reload the app' })).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectColorScheme(page, scheme);
      expect(await axeViolations(page)).toEqual([]);
    }

    await failure.getByRole('button', { name: 'Close' }).click();
    await expect(failure).toBeHidden();
    await unblock();
    await exportButton.click();
    await expect(page.getByRole('menuitem', { name: /Download CSV/ })).toBeVisible();
  },
);
