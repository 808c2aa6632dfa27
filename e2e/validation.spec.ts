import {
  displayNameField,
  openEditPage,
  reviewDialog,
  saveButton,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { capturePatches } from './support/graph-requests';
import { CERT01 } from './support/seeded';

test('a blank display name is refused next to the field and nothing is sent', async ({ page }) => {
  const patches = capturePatches(page);
  await openEditPage(page, CERT01.id, CERT01.name);
  const name = displayNameField(page);

  await name.fill('');
  await saveButton(page).click();

  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Enter a display name');
  await expect(name).toBeFocused();
  await expect(reviewDialog(page)).toBeHidden();

  // Spaces only are blank too: the schema trims before it checks.
  await name.fill('   ');
  await saveButton(page).click();
  await expect(name).toHaveAccessibleDescription('Enter a display name');
  await expect(reviewDialog(page)).toBeHidden();

  // A valid name clears the message, which shows the check ran on this field.
  await name.fill('CERT01 renamed');
  await expect(name).toHaveAttribute('aria-invalid', 'false');
  await expect(name).not.toHaveAccessibleDescription('Enter a display name');

  expect(patches).toHaveLength(0);
});

test('Save stays disabled until something changes, and again once it is changed back', async ({
  page,
}) => {
  await openEditPage(page, CERT01.id, CERT01.name);
  const name = displayNameField(page);
  await expect(name).toHaveValue(CERT01.name);
  await expect(saveButton(page)).toBeDisabled();

  await name.fill(`${CERT01.name} (moved)`);
  await expect(saveButton(page)).toBeEnabled();
  await name.fill(CERT01.name);
  await expect(saveButton(page)).toBeDisabled();

  const state = page.getByRole('combobox', { name: 'State' });
  await state.click();
  await page.getByRole('option', { name: 'Inactive (inactive)' }).click();
  await expect(saveButton(page)).toBeEnabled();
  await state.click();
  await page.getByRole('option', { name: 'Active (active)' }).click();
  await expect(saveButton(page)).toBeDisabled();
});
