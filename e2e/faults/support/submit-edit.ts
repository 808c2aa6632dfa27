import { expect, type Page } from '@playwright/test';

import { loggedRequests } from './mock-graph';

export const displayNameField = (page: Page) => page.getByRole('textbox', { name: 'Display name' });

/** Changes the display name (when given), clicks Save, and confirms the review dialog it must open. */
export async function submitEdit(page: Page, { displayName }: { displayName?: string } = {}) {
  if (displayName !== undefined) await displayNameField(page).fill(displayName);
  const patchesBefore = (await loggedRequests(page, 'PATCH')).length;
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const review = page.getByRole('dialog', { name: 'Review changes before saving' });
  await expect(review).toBeVisible();
  expect(await loggedRequests(page, 'PATCH'), 'nothing is sent before the review').toHaveLength(
    patchesBefore,
  );
  await review.getByRole('button', { name: 'Confirm and save' }).click();
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
