import type { Page } from '@playwright/test';

import {
  axeViolations,
  expectColorScheme,
  expectPageBehindHidden,
  popupAxeViolations,
} from './support/axe';
import {
  cellOf,
  connectorRow,
  displayNameField,
  openApp,
  openEditPage,
  reviewDialog,
  saveButton,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { healthRulesDialog, WARNING_AFTER } from './support/health';
import { CERT01, CONNECTORS_URL } from './support/seeded';

// Every dialog, menu, popup list and tooltip the demo can open, and the draft-restore offer, in both
// schemes. The review dialog is checked in accessibility.spec.ts. Dialogs and the offer get every
// axe rule; popups every rule but `region` (see popupAxeViolations for why).

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** The list with scope tag names in place, so axe sees the finished page behind a popup. */
async function openList(page: Page) {
  await openApp(page);
  await expect(await cellOf(connectorRow(page, CERT01.name), 'Scope tags')).toHaveText(
    'DefaultHeadquarters',
  );
}

async function openCert01Editor(page: Page) {
  await openEditPage(page, CERT01.id, CERT01.name);
  await expect(page.getByRole('button', { name: 'Headquarters', exact: true })).toBeVisible();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('the health rules dialog has no axe violations, nor its error state', async ({ page }) => {
      await openList(page);
      await expectColorScheme(page, colorScheme);
      await page.getByRole('button', { name: 'Health rules' }).click();
      const dialog = healthRulesDialog(page);
      const warningAfter = dialog.getByRole('textbox', { name: WARNING_AFTER });
      await expect(warningAfter).toHaveValue('24');
      expect(await axeViolations(page)).toEqual([]);

      await warningAfter.fill('0');
      await expect(warningAfter).toHaveAttribute('aria-invalid', 'true');
      await expect(dialog.getByRole('button', { name: 'Save rules' })).toBeDisabled();
      expect(await axeViolations(page), 'with a refused threshold').toEqual([]);
    });

    test('the unsaved-changes dialog has no axe violations', async ({ page }) => {
      await openCert01Editor(page);
      await expectColorScheme(page, colorScheme);
      await displayNameField(page).fill('CERT01 – not saved');
      await mainNav(page).getByRole('link', { name: 'Connectors' }).click();

      const dialog = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
      await expect(dialog).toHaveAccessibleDescription(
        'You changed this connector but have not saved. Leaving discards your changes.',
      );
      expect(await axeViolations(page)).toEqual([]);

      await dialog.getByRole('button', { name: 'Keep editing' }).click();
      await expect(dialog).toBeHidden();
      await expect(page).toHaveURL(`/connectors/${CERT01.id}/edit`);
      await expect(displayNameField(page)).toHaveValue('CERT01 – not saved');
    });

    test('the conflict dialog has no axe violations', async ({ page }) => {
      await openCert01Editor(page);
      await expectColorScheme(page, colorScheme);
      await displayNameField(page).fill('CERT01 – mine');

      // Another admin renames it meanwhile: a PATCH the demo's service worker answers, as it would
      // from another tab.
      const status = await page.evaluate(
        async ({ url, name }) =>
          (
            await fetch(url, {
              method: 'PATCH',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ displayName: name }),
            })
          ).status,
        { url: `${CONNECTORS_URL}/${CERT01.id}`, name: 'CERT01 – theirs' },
      );
      expect(status).toBe(204);

      await saveButton(page).click();
      await reviewDialog(page).getByRole('button', { name: 'Confirm and save' }).click();
      const dialog = page.getByRole('dialog', { name: 'Someone else changed this connector' });
      const choice = dialog.getByRole('group', { name: 'Display name' });
      await expect(choice.getByRole('radio')).toHaveCount(2);
      await expect(
        choice.getByRole('radio', { name: 'Keep theirs: CERT01 – theirs' }),
      ).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);

      await choice.getByRole('radio', { name: 'Use yours: CERT01 – mine' }).check();
      await expect(dialog.getByRole('button', { name: 'Save with these choices' })).toBeEnabled();
      expect(await axeViolations(page), 'with a choice made').toEqual([]);
    });

    test('the draft-restore offer has no axe violations', async ({ page }) => {
      await openCert01Editor(page);
      await expectColorScheme(page, colorScheme);
      await displayNameField(page).fill('CERT01 – drafted');
      await page.reload();

      const offer = page.getByRole('alert').filter({ hasText: 'You have unsaved changes' });
      await expect(offer.getByRole('button', { name: 'Restore draft' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Headquarters', exact: true })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);

      await offer.getByRole('button', { name: 'Restore draft' }).click();
      await expect(offer).toBeHidden();
      await expect(displayNameField(page)).toHaveValue('CERT01 – drafted');
    });

    test('the account menu has no axe violations', async ({ page }) => {
      await openList(page);
      await expectColorScheme(page, colorScheme);
      await page.getByRole('banner').getByRole('button', { name: 'Demo Admin' }).click();
      const menu = page.getByRole('menu');
      await expect(menu).toContainText('admin@contoso.example');
      await expectPageBehindHidden(page);
      expect((await popupAxeViolations(page)).map((violation) => violation.id)).toEqual([]);
    });

    test('the demo badge’s tooltip has no axe violations', async ({ page }) => {
      const explanation = 'A mock tenant runs in this browser; nothing reaches Microsoft.';
      await openList(page);
      await expectColorScheme(page, colorScheme);
      const banner = page.getByRole('banner');
      await banner.getByText('Demo mode', { exact: true }).hover();
      await expect(page.getByRole('tooltip')).toHaveText(explanation);
      // Not modal: the badge itself carries the text, inside the banner landmark.
      await expect(banner.getByLabel(explanation)).toBeVisible();
      expect(await popupAxeViolations(page)).toEqual([]);
    });

    test('the Fault lab and its menus have no axe violations', async ({ page }) => {
      await openList(page);
      await expectColorScheme(page, colorScheme);
      await page.getByRole('banner').getByRole('button', { name: 'Fault lab' }).click();
      const lab = page.getByRole('dialog', { name: 'Fault lab' });
      await expect(lab.getByRole('form', { name: 'Arm a fault' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);

      for (const label of ['Target', 'Fault']) {
        // Wait for the previous menu to close first: a click during its exit transition is swallowed.
        await expect(page.getByRole('listbox')).toHaveCount(0);
        await lab.getByRole('combobox', { name: label }).click();
        await expect(page.getByRole('listbox')).toBeVisible();
        // The menu is modal over the dialog too.
        await expect(lab).toHaveCount(0);
        await expectPageBehindHidden(page);
        expect(await popupAxeViolations(page), `with the ${label} menu open`).toEqual([]);
        await page.keyboard.press('Escape');
      }
      await expect(lab).toBeVisible();
    });

    test('the edit form’s state menu and scope tag list have no axe violations', async ({
      page,
    }) => {
      await openCert01Editor(page);
      await expectColorScheme(page, colorScheme);

      await page.getByRole('combobox', { name: 'State' }).click();
      await expect(page.getByRole('option', { name: 'Inactive (inactive)' })).toBeVisible();
      await expectPageBehindHidden(page);
      expect(await popupAxeViolations(page), 'with the state menu open').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('listbox')).toHaveCount(0);

      const scopeTags = page.getByRole('combobox', { name: 'Scope tags' });
      await scopeTags.fill('e');
      const list = page.getByRole('listbox');
      await expect(list.getByRole('option', { name: /^Europe/ })).toBeVisible();
      // Not modal: the field in the form points at the list it controls.
      await expect(scopeTags).toHaveAttribute(
        'aria-controls',
        (await list.getAttribute('id')) ?? '',
      );
      expect(await popupAxeViolations(page), 'with the scope tag list open').toEqual([]);
    });

    test.describe('on a phone', () => {
      test.use({ viewport: { width: 390, height: 844 } });

      test('the sort menu has no axe violations', async ({ page }) => {
        await page.goto('/connectors');
        await expect(page.getByRole('list', { name: 'NDES connectors' })).toBeVisible();
        await expectColorScheme(page, colorScheme);
        await page.getByRole('combobox', { name: 'Sort by' }).click();
        await expect(page.getByRole('option', { name: 'Name: A to Z' })).toBeVisible();
        await expectPageBehindHidden(page);
        expect(await popupAxeViolations(page)).toEqual([]);
      });
    });
  });
}
