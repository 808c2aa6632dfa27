import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from '../support/demo-test';

import { clearRequestLog, loggedRequests } from './support/mock-graph';
import { openEditPage } from './support/places';
import { CERT01, NEW_NAME } from './support/seed';
import { submitEdit } from './support/submit-edit';

const labButton = (page: Page) => page.getByRole('button', { name: 'Fault lab' });
const lab = (page: Page) => page.getByRole('dialog', { name: 'Fault lab' });

async function pick(page: Page, label: string, option: string) {
  // Wait for the previous menu to close first: a click during its exit transition is swallowed.
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await lab(page).getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(lab(page).getByRole('combobox', { name: label })).toHaveText(option);
}

test(
  'fault lab: a presenter arms a fault from the top bar, watches it strike, and disarms it',
  {
    annotation: {
      type: 'expected',
      description:
        'keyboard-open dialog without axe violations; armed fault listed, used up, disarmed',
    },
  },
  async ({ page }) => {
    await page.goto(`/connectors/${CERT01.id}`);
    await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();

    await labButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(lab(page)).toBeVisible();
    expect(
      (await new AxeBuilder({ page }).include('[role="dialog"]').analyze()).violations,
    ).toEqual([]);

    await pick(page, 'Target', 'Connector list');
    await pick(page, 'Fault', '500 Internal Server Error');
    await lab(page).getByRole('spinbutton', { name: 'Requests to fail' }).fill('1');
    await lab(page).getByRole('button', { name: 'Arm fault' }).click();
    const armed = lab(page).getByRole('table', { name: 'Armed faults' });
    await expect(armed.getByRole('row').nth(1)).toHaveText(
      /Connector list.*500 Internal Server Error.*0 of 1/,
    );

    await page.keyboard.press('Escape');
    await expect(lab(page)).toBeHidden();
    await expect(labButton(page)).toBeFocused();

    // A fresh load: the detail page already holds the list (for its health verdict) in its cache.
    await page.goto('/connectors');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Microsoft Graph had a problem answering.' }),
    ).toBeVisible();

    await labButton(page).click();
    await expect(armed.getByRole('row').nth(1)).toContainText('1 of 1 (used up)');
    await lab(page).getByRole('button', { name: 'Disarm all faults' }).click();
    await expect(lab(page).getByText('No faults armed')).toBeVisible();
  },
);

for (const [mode, reads] of [
  ['204 No Content', 2],
  ['200 with the connector', 1],
] as const) {
  test(
    `fault lab: a save answered ${mode} is saved, with ${reads} read(s) of the connector`,
    {
      annotation: {
        type: 'expected',
        description: `saved; 1 PATCH; ${reads} GET(s) (a re-read before, ${reads === 2 ? 'and one after the empty 204' : 'none after'})`,
      },
    },
    async ({ page }) => {
      await openEditPage(page);
      await labButton(page).click();
      const toggle = lab(page).getByRole('switch', { name: /Answer a save with 200/ });
      if (mode === '200 with the connector') await toggle.check();
      await expect(toggle).toBeChecked({ checked: mode === '200 with the connector' });
      await page.keyboard.press('Escape');
      await clearRequestLog(page);

      await submitEdit(page, { displayName: NEW_NAME });

      await expect(page.getByRole('heading', { level: 1, name: NEW_NAME })).toBeVisible();
      const connector = '/deviceManagement/ndesConnectors/:id';
      expect(await loggedRequests(page, 'PATCH', connector)).toHaveLength(1);
      expect(await loggedRequests(page, 'GET', connector)).toHaveLength(reads);
    },
  );
}
