import { expect, type Page } from '@playwright/test';

export const editForm = (page: Page) => page.getByRole('form', { name: 'Edit connector' });
export const stateField = (page: Page) => page.getByRole('combobox', { name: 'State' });
export const scopeTagsField = (page: Page) => page.getByRole('combobox', { name: 'Scope tags' });

/** A picked scope tag: the form shows each as a chip named after the tag. */
export const scopeTagChip = (page: Page, name: string) =>
  editForm(page).getByRole('button', { name, exact: true });

/** Picks a state by its label as the menu shows it, e.g. "Inactive (inactive)". */
/** Opens the form's Advanced section, where the fields the connector reports for itself sit. */
export async function openAdvanced(page: Page) {
  const toggle = page.getByRole('button', { name: /^Advanced/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

export async function pickState(page: Page, option: string) {
  await stateField(page).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  // While the menu is open the rest of the page is aria-hidden: say so if it stays open.
  await expect(page.getByRole('listbox'), 'the State menu closes after a pick').toHaveCount(0);
  await expect(stateField(page)).toHaveText(option);
}

/** Finds a scope tag by name and picks it. */
export async function addScopeTag(page: Page, name: string) {
  await scopeTagsField(page).fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  await expect(scopeTagChip(page, name)).toBeVisible();
}

/** Removes a picked scope tag with the keyboard, as the chip offers (Backspace on the focused chip). */
export async function removeScopeTag(page: Page, name: string) {
  await scopeTagChip(page, name).focus();
  await page.keyboard.press('Backspace');
  await expect(scopeTagChip(page, name)).toHaveCount(0);
}

/** The scope tags the form holds, in order, by the names its chips show. */
export const expectScopeTags = (page: Page, names: string[]) =>
  expect(editForm(page).locator('.MuiChip-root')).toHaveText(names);

export const unsavedChangesDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Discard unsaved changes?' });

export const conflictDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Someone else changed this connector' });

/** The offer the edit page makes when this tab holds a draft of the connector. */
export const draftOffer = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'You have unsaved changes to this connector from' });
