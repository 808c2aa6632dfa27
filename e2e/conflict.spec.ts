import type { BrowserContext, Page } from '@playwright/test';

import {
  confirmSave,
  describedValue,
  displayNameField,
  openEditPage,
  reviewDialog,
  saveAndConfirm,
  savedAlert,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import {
  addScopeTag,
  conflictDialog,
  pickState,
  removeScopeTag,
  stateField,
} from './support/edit-form';
import { capturePatches } from './support/graph-requests';
import { CERT01 } from './support/seeded';

const MY_NAME = 'CERT01 – renamed in tab A';
const THEIR_NAME = 'CERT01 – renamed in tab B';

/** The conflict dialog's group for one field: a fieldset named after it. */
const conflictField = (page: Page, label: string) =>
  conflictDialog(page).getByRole('group', { name: label });

/**
 * Tab A changes name, state and tags without saving; tab B then saves other values for the same
 * three fields. Returns tab B.
 */
async function bothTabsChangeTheSameFields(page: Page, context: BrowserContext) {
  await openEditPage(page, CERT01.id, CERT01.name);
  await displayNameField(page).fill(MY_NAME);
  await pickState(page, 'Inactive (inactive)');
  await addScopeTag(page, 'Europe');

  const other = await context.newPage();
  await openEditPage(other, CERT01.id, CERT01.name);
  await displayNameField(other).fill(THEIR_NAME);
  await pickState(other, 'Not available yet (none)');
  await removeScopeTag(other, 'Headquarters');
  await saveAndConfirm(other);
  return other;
}

/**
 * Two tabs of one browser share the demo tenant (localStorage): tab A opens the edit page first, then
 * tab B saves a change to the same connector through the UI.
 */
test.describe('two tabs edit the same connector', () => {
  test('the same fields changed: each shows their, your and the original value, and nothing is sent', async ({
    page,
    context,
  }) => {
    const patches = capturePatches(page);
    const other = await bothTabsChangeTheSameFields(page, context);

    await confirmSave(page);
    const dialog = conflictDialog(page);
    await expect(dialog).toBeVisible();
    await expect(reviewDialog(page)).toBeHidden();
    await expect(dialog.getByRole('alert')).toContainText('Nothing has been saved yet.');
    await expect(dialog.getByRole('group')).toHaveCount(3);

    const name = conflictField(page, 'Display name');
    await expect(name).toContainText(`Original: ${CERT01.name}`);
    await expect(name.getByRole('radio', { name: `Keep theirs: ${THEIR_NAME}` })).toBeVisible();
    await expect(name.getByRole('radio', { name: `Use yours: ${MY_NAME}` })).toBeVisible();

    const state = conflictField(page, 'State');
    await expect(state).toContainText('Original: Active (active)');
    await expect(
      state.getByRole('radio', { name: 'Keep theirs: Not available yet (none)' }),
    ).toBeVisible();
    await expect(
      state.getByRole('radio', { name: 'Use yours: Inactive (inactive)' }),
    ).toBeVisible();

    const tags = conflictField(page, 'Scope tags');
    await expect(tags).toContainText('Original: Default, Headquarters');
    await expect(tags.getByRole('radio', { name: 'Keep theirs: Default' })).toBeVisible();
    await expect(
      tags.getByRole('radio', { name: 'Use yours: Default, Headquarters, Europe' }),
    ).toBeVisible();

    // Nothing is chosen for the user: saving waits for a choice on every field.
    const saveChoices = dialog.getByRole('button', { name: 'Save with these choices' });
    await expect(dialog.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(saveChoices).toBeDisabled();
    await name.getByRole('radio', { name: /^Use yours/ }).check();
    await state.getByRole('radio', { name: /^Keep theirs/ }).check();
    await expect(saveChoices).toBeDisabled();

    // Backing out sends nothing and keeps tab A's edits; tab B's save stands.
    await dialog.getByRole('button', { name: 'Back to editing' }).click();
    await expect(dialog).toBeHidden();
    await expect(displayNameField(page)).toHaveValue(MY_NAME);
    expect(patches).toHaveLength(0);
    await other.reload();
    await expect(describedValue(other, 'Display name')).toHaveText(THEIR_NAME);
    await expect(describedValue(other, 'State')).toHaveText('Not available yet');
    await expect(describedValue(other, 'Scope tags')).toHaveText('Default');
  });

  test('the same fields changed: the PATCH carries exactly the value chosen for each field', async ({
    page,
    context,
  }) => {
    const patches = capturePatches(page);
    const other = await bothTabsChangeTheSameFields(page, context);

    await confirmSave(page);
    await conflictField(page, 'Display name')
      .getByRole('radio', { name: /^Use yours/ })
      .check();
    await conflictField(page, 'State')
      .getByRole('radio', { name: /^Keep theirs/ })
      .check();
    await conflictField(page, 'Scope tags')
      .getByRole('radio', { name: /^Use yours/ })
      .check();
    expect(patches).toHaveLength(0);
    await conflictDialog(page).getByRole('button', { name: 'Save with these choices' }).click();

    await expect(savedAlert(page)).toBeVisible();
    expect(patches).toHaveLength(1);
    // Only the fields kept as "yours": Graph keeps tab B's state because it is not sent.
    expect(patches[0]?.postDataJSON()).toStrictEqual({
      '@odata.type': '#microsoft.graph.ndesConnector',
      displayName: MY_NAME,
      roleScopeTagIds: ['0', '1', '2'],
    });
    await expect(page.getByRole('heading', { level: 1, name: MY_NAME })).toBeVisible();
    await expect(describedValue(page, 'State')).toHaveText('Not available yet');
    await expect(describedValue(page, 'Scope tags')).toHaveText('DefaultHeadquartersEurope');

    await other.reload();
    await expect(describedValue(other, 'Display name')).toHaveText(MY_NAME);
    await expect(describedValue(other, 'State')).toHaveText('Not available yet');
  });

  test('other fields changed: the save goes ahead without asking and keeps their change too', async ({
    page,
    context,
  }) => {
    const patches = capturePatches(page);
    await openEditPage(page, CERT01.id, CERT01.name);
    await displayNameField(page).fill(MY_NAME);

    const other = await context.newPage();
    await openEditPage(other, CERT01.id, CERT01.name);
    await pickState(other, 'Inactive (inactive)');
    await saveAndConfirm(other);
    await expect(describedValue(other, 'State')).toHaveText('Inactive');

    // Tab A still shows the state it loaded: its form keeps the version it started from.
    await expect(stateField(page)).toHaveText('Active (active)');
    await saveAndConfirm(page);
    await expect(conflictDialog(page)).toHaveCount(0);

    expect(patches).toHaveLength(1);
    expect(patches[0]?.postDataJSON()).toStrictEqual({
      '@odata.type': '#microsoft.graph.ndesConnector',
      displayName: MY_NAME,
    });
    await expect(page.getByRole('heading', { level: 1, name: MY_NAME })).toBeVisible();
    await expect(describedValue(page, 'State')).toHaveText('Inactive');

    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(displayNameField(page)).toHaveValue(MY_NAME);
    await expect(stateField(page)).toHaveText('Inactive (inactive)');
  });
});
