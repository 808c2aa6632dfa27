import { expect, type Page } from '@playwright/test';

import { loggedRequests } from './mock-graph';

export const displayNameField = (page: Page) => page.getByRole('textbox', { name: 'Display name' });

/**
 * Changes the display name (when given), clicks Save, and confirms the review dialog when the app
 * shows one: the PATCH goes out either on Save or on "Confirm and save".
 */
export async function submitEdit(page: Page, { displayName }: { displayName?: string } = {}) {
  if (displayName !== undefined) await displayNameField(page).fill(displayName);
  const patchesBefore = (await loggedRequests(page, 'PATCH')).length;
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect
    .poll(
      async () =>
        (await dialog.isVisible()) || (await loggedRequests(page, 'PATCH')).length > patchesBefore,
      { message: 'Save opens a review dialog or sends the PATCH' },
    )
    .toBe(true);
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: /Confirm/ }).click();
}

/** Every value the edit form holds: its inputs and the scope tags picked. */
export async function formValues(page: Page): Promise<string[]> {
  const form = page.locator('form').filter({ has: displayNameField(page) });
  const inputs = await form
    .locator('input, textarea')
    .evaluateAll((elements) =>
      elements.map(
        (element) =>
          `${element.getAttribute('name') ?? element.id}=${(element as HTMLInputElement).value}`,
      ),
    );
  const chips = await form.locator('.MuiChip-label').allTextContents();
  return [...inputs, ...chips.map((chip) => `tag=${chip}`)];
}
