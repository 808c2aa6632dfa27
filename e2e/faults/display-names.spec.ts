import type { Page } from '@playwright/test';

import { expect, test } from '../support/demo-test';

import { openEditPage } from './support/places';
import { CERT01 } from './support/seed';
import { submitEdit } from './support/submit-edit';

const NAMES = {
  'script-like': '<img src=x onerror=alert(1)><script>alert(2)</script>',
  'very long': `CERT01-${'x'.repeat(249)}`,
  'right-to-left': 'خادم NDES الرئيسي – שרת ראשי',
  'full of emoji': '🔐 NDES 🚀 primary ☁️👩🏽‍💻',
};

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'pixels the page scrolls sideways').toBeLessThanOrEqual(0);
}

for (const [kind, name] of Object.entries(NAMES)) {
  test(
    `bad input: a display name that is ${kind} is stored and shown as plain text`,
    {
      annotation: {
        type: 'expected',
        description:
          'saved as typed; list and detail show the exact text, run no script, do not overflow',
      },
    },
    async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await openEditPage(page);
      await submitEdit(page, { displayName: name });

      await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Connectors' })
        .click();
      await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute(
        'href',
        `/connectors/${CERT01.id}`,
      );
      await expectNoHorizontalScroll(page);

      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.locator('script', { hasText: 'alert(' }).count()).toBe(0);
      expect(dialogs, 'alert() calls').toEqual([]);
    },
  );
}
