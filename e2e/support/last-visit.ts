import { expect, type Page } from '@playwright/test';

/**
 * Waits until this browser keeps a snapshot of the list: "Since your last visit" loads just after the
 * list shows and keeps it then, so a reload before that would be a first visit again.
 */
export async function snapshotKept(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage).some((key) => key.startsWith('ndes-connector-admin.last-visit.')),
      ),
    )
    .toBe(true);
}
