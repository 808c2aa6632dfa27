import type { Page } from '@playwright/test';

import { expect, test } from '../support/demo-test';

import { loggedRequests } from './support/mock-graph';
import { seedOddTenant, seedWith } from './support/odd-tenant';
import { CERT01, NEW_NAME } from './support/seed';
import { submitEdit } from './support/submit-edit';

// Each test seeds its own tenant and reloads the app on it; the page-cap one sends fifty requests.
test.slow();

const cert01Row = (page: Page) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name: CERT01.name, exact: true }) });

test(
  'odd data: a state Graph added later and an unreadable item leave every other row listed',
  {
    annotation: {
      type: 'expected',
      description:
        'unknown state shown as "Unknown (value)" and opened read-only; the bad item is an error row with its id',
    },
  },
  async ({ page }) => {
    const connectors = [
      ...seedWith(CERT01.id, { state: 'unknownFutureValue', futureProperty: { a: 1 } }),
      { id: 'broken-item-1', displayName: 42, state: 'active' },
    ];
    await seedOddTenant(page, { connectors });
    await page.goto('/connectors');

    await expect(cert01Row(page)).toContainText('Unknown (unknownFutureValue)', {
      timeout: 20_000,
    });
    await expect(page.getByRole('link', { name: 'Lab connector', exact: true })).toBeVisible();
    const unreadable = page.getByRole('alert', { name: 'Unreadable connectors' });
    await expect(unreadable).toContainText('One connector could not be read');
    await expect(unreadable).toContainText('broken-item-1');
    await expect(unreadable).toContainText('displayName');

    await cert01Row(page).getByRole('link', { name: CERT01.name, exact: true }).click();
    await expect(page.getByText('Read-only: unknown state')).toBeVisible();
    await expect(page.getByText('Unknown (unknownFutureValue)').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveAttribute('aria-disabled', 'true');

    await page.goto(`/connectors/${CERT01.id}/edit`);
    await expect(page.getByText('Read-only: unknown state')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Display name' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  },
);

test(
  'odd data: Graph’s unset date shows as Never and does not block saving another field',
  {
    annotation: {
      type: 'expected',
      description: '0001-01-01T00:00:00Z reads "Never"; the PATCH carries only the changed name',
    },
  },
  async ({ page }) => {
    const UNSET = '0001-01-01T00:00:00Z';
    await seedOddTenant(page, {
      connectors: seedWith(CERT01.id, { lastConnectionDateTime: UNSET }),
    });
    await page.goto('/connectors');
    await expect(cert01Row(page)).toContainText('Never', { timeout: 20_000 });

    await page.goto(`/connectors/${CERT01.id}`);
    await expect(page.getByText('The connector has never connected to Intune.')).toBeVisible();
    await page.getByRole('link', { name: 'Edit' }).click();
    await submitEdit(page, { displayName: NEW_NAME });

    await expect(page.getByRole('heading', { level: 1, name: NEW_NAME })).toBeVisible();
    const [patch] = await loggedRequests(page, 'PATCH');
    expect(JSON.parse(patch?.body ?? '{}')).toEqual({
      '@odata.type': '#microsoft.graph.ndesConnector',
      displayName: NEW_NAME,
    });
  },
);

test(
  'odd data: a list longer than the app pages through says it is incomplete',
  {
    annotation: {
      type: 'expected',
      description: '50 pages of 2 out of 105 connectors: 100 shown and the list says so',
    },
  },
  async ({ page }) => {
    const [template] = seedWith(CERT01.id, {});
    const connectors = Array.from({ length: 105 }, (_, index) => ({
      ...(template as object),
      id: `c-${String(index).padStart(3, '0')}`,
      displayName: `Connector ${index}`,
    }));
    await seedOddTenant(page, { connectors, maxPageSize: 2 });
    await page.goto('/connectors');

    // Fifty requests through the service worker: slower than one page on a busy machine.
    await expect(page.getByText('This list is incomplete')).toBeVisible({ timeout: 30_000 });
    await expect(
      page.getByText(
        'Showing the first 100 connectors: Graph had more pages than the app reads (50).',
      ),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Connector 99', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Connector 100', exact: true })).toHaveCount(0);
  },
);

test.describe('hidden characters', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test(
    'odd data: bidi and zero-width characters show as code points in the review and the copied snippet',
    {
      annotation: {
        type: 'expected',
        description: 'U+202E and U+200B are boxed in the review; curl carries them as \\u escapes',
      },
    },
    async ({ page }) => {
      await page.goto(`/connectors/${CERT01.id}/edit`);
      await page.getByRole('textbox', { name: 'Display name' }).fill('CERT\u202E10\u200B');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const review = page.getByRole('dialog', { name: 'Review changes before saving' });

      await expect(review.getByRole('table', { name: 'Changes' })).toContainText(
        'CERTU+202E10U+200B',
      );
      await expect(
        review.getByRole('region', { name: /^JSON body/ }).or(review.locator('pre').nth(1)),
      ).toContainText('CERT\\u202e10\\u200b');
      await review.getByRole('button', { name: 'Copy curl command' }).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('"displayName":"CERT\\u202e10\\u200b"');
      expect(copied).not.toMatch(/[\u200B\u202E]/);
    },
  );
});
