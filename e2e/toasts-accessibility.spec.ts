import type { Page } from '@playwright/test';

import { armFault } from './faults/support/mock-graph';
import { chooseMenuItem } from './support/animations';
import { axeViolations, expectColorScheme } from './support/axe';
import { openApp } from './support/connector-pages';
import { expect, test } from './support/demo-test';

type Severity = 'info' | 'success' | 'warning' | 'error';

const copyAsMarkdown = async (page: Page) => {
  await page.getByRole('button', { name: 'Export' }).click();
  await chooseMenuItem(page, 'Copy as Markdown table');
};

/** What the list page does to show each severity's toast, as the app itself shows it. */
const SHOW_TOAST: Record<Severity, { toast: RegExp; show: (page: Page) => Promise<void> }> = {
  info: {
    toast: /^Demo data reset$/,
    show: (page) =>
      page.getByRole('banner').getByRole('button', { name: 'Reset demo data' }).click(),
  },
  success: {
    toast: /^Copied \d+ connectors as a Markdown table$/,
    show: async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await copyAsMarkdown(page);
    },
  },
  warning: {
    toast: /^Could not refresh:/,
    show: async (page) => {
      await armFault(page, {
        method: 'GET',
        path: '/deviceManagement/ndesConnectors',
        kind: 'http-400',
      });
      await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    },
  },
  error: {
    toast: /^The browser did not allow copying to the clipboard\.$/,
    show: async (page) => {
      await page.evaluate(() => {
        navigator.clipboard.writeText = () =>
          Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      });
      await copyAsMarkdown(page);
    },
  },
};

// Toasts are filled alerts in the severity's colour: each one the app shows, judged in both schemes.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const [severity, { toast, show }] of Object.entries(SHOW_TOAST)) {
      test(`the ${severity} toast has no axe violations`, async ({ page }) => {
        await openApp(page);
        await expectColorScheme(page, colorScheme);
        await show(page);
        const shown = page.getByRole('alert').filter({ hasText: toast });
        await expect(shown).toBeVisible();
        await expect(shown).toHaveClass(/\bMuiAlert-filled\b/);
        await expect(shown).toHaveClass(new RegExp(`\\bMuiAlert-color${capitalize(severity)}\\b`));
        // The pointer on a toast holds it open (MUI's Snackbar), for as long as axe takes.
        await shown.hover();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

const capitalize = (word: string) => word[0]?.toUpperCase() + word.slice(1);
