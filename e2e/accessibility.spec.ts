import type { Page } from '@playwright/test';

import { axeViolations, expectColorScheme } from './support/axe';
import {
  cellOf,
  connectorRow,
  connectorRows,
  displayNameField,
  openEditPage,
  reviewDialog,
  saveButton,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { CERT01, SEEDED_CONNECTOR_COUNT } from './support/seeded';

// The theme follows the system scheme until the user picks one, so both schemes are real pages.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    const expectScheme = (page: Page) => expectColorScheme(page, colorScheme);

    test('the connector list has no axe violations', async ({ page }) => {
      await page.goto('/connectors');
      await expect(connectorRows(page)).toHaveCount(SEEDED_CONNECTOR_COUNT);
      // Scope tag names arrive in their own request; wait for them so axe sees the finished page.
      await expect(await cellOf(connectorRow(page, CERT01.name), 'Scope tags')).toHaveText(
        'DefaultHeadquarters',
      );
      await expectScheme(page);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the connector detail page has no axe violations', async ({ page }) => {
      await page.goto(`/connectors/${CERT01.id}`);
      await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();
      await expect(page.getByRole('definition').filter({ hasText: 'Headquarters' })).toBeVisible();
      await expectScheme(page);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the edit page has no axe violations, nor its error state and review', async ({
      page,
    }) => {
      await openEditPage(page, CERT01.id, CERT01.name);
      await expect(page.getByRole('button', { name: 'Headquarters', exact: true })).toBeVisible();
      await expectScheme(page);
      expect(await axeViolations(page)).toEqual([]);

      await displayNameField(page).fill('');
      await saveButton(page).click();
      await expect(displayNameField(page)).toHaveAccessibleDescription('Enter a display name');
      expect(await axeViolations(page), 'with a validation error').toEqual([]);

      await displayNameField(page).fill('CERT01 – renamed');
      await saveButton(page).click();
      await expect(reviewDialog(page)).toBeVisible();
      expect(await axeViolations(page), 'with the review dialog open').toEqual([]);
    });
  });
}

test('the top bar marks the page the user is on, to screen readers and to the eye', async ({
  page,
}) => {
  await page.goto('/connectors');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const connectors = nav.getByRole('link', { name: 'Connectors' });
  const changes = nav.getByRole('link', { name: 'Changes' });
  await expect(connectors).toHaveAttribute('aria-current', 'page');
  await expect(connectors).toHaveCSS('font-weight', '700');
  await expect(changes).not.toHaveAttribute('aria-current');
  await expect(changes).toHaveCSS('font-weight', '400');

  await changes.click();
  await expect(changes).toHaveAttribute('aria-current', 'page');
  await expect(changes).toHaveCSS('font-weight', '700');
  await expect(connectors).toHaveCSS('font-weight', '400');
});
