import type { Dialog, Page } from '@playwright/test';

import {
  displayNameField,
  openEditPage,
  saveAndConfirm,
  saveButton,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import {
  addScopeTag,
  draftOffer,
  expectScopeTags,
  pickState,
  removeScopeTag,
  stateField,
} from './support/edit-form';
import { capturePatches } from './support/graph-requests';
import { CERT01, LAB } from './support/seeded';

const DRAFT_NAME = 'CERT01 – draft kept across a reload';

/** Types a draft: a new name, another state, Europe added and Headquarters removed. */
async function typeDraft(page: Page) {
  await displayNameField(page).fill(DRAFT_NAME);
  await pickState(page, 'Inactive (inactive)');
  await addScopeTag(page, 'Europe');
  await removeScopeTag(page, 'Headquarters');
}

/** Reloads, leaving anyway when the browser asks about unsaved changes (beforeunload). */
async function reloadAndLeave(page: Page) {
  const asked: string[] = [];
  const leave = (dialog: Dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  };
  page.on('dialog', leave);
  await page.reload();
  page.off('dialog', leave);
  expect(asked).toEqual(['beforeunload']);
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${CERT01.name}` })).toBeVisible();
}

/** The form holds what the tenant stores for CERT01. */
async function expectStoredValues(page: Page) {
  await expect(displayNameField(page)).toHaveValue(CERT01.name);
  await expect(stateField(page)).toHaveText('Active (active)');
  await expectScopeTags(page, CERT01.scopeTags);
}

test('after a reload the edit page offers the draft, and restoring brings back exactly what was typed', async ({
  page,
}) => {
  const patches = capturePatches(page);
  await openEditPage(page, CERT01.id, CERT01.name);
  await typeDraft(page);
  await reloadAndLeave(page);

  await test.step('the form starts from the stored connector and offers the draft', async () => {
    await expect(draftOffer(page)).toBeVisible();
    await expect(draftOffer(page).getByRole('button', { name: 'Restore draft' })).toBeVisible();
    await expect(draftOffer(page).getByRole('button', { name: 'Discard draft' })).toBeVisible();
    await expectStoredValues(page);
    await expect(saveButton(page)).toBeDisabled();
  });

  await test.step('restoring brings back the name, the state and the scope tags', async () => {
    await draftOffer(page).getByRole('button', { name: 'Restore draft' }).click();
    await expect(draftOffer(page)).toHaveCount(0);
    await expect(displayNameField(page)).toHaveValue(DRAFT_NAME);
    await expect(stateField(page)).toHaveText('Inactive (inactive)');
    await expectScopeTags(page, ['Default', 'Europe']);
    await expect(saveButton(page)).toBeEnabled();
  });

  await test.step('saving the restored draft sends exactly those values', async () => {
    await saveAndConfirm(page);
    expect(patches).toHaveLength(1);
    expect(patches[0]?.postDataJSON()).toStrictEqual({
      '@odata.type': '#microsoft.graph.ndesConnector',
      displayName: DRAFT_NAME,
      state: 'inactive',
      roleScopeTagIds: ['0', '2'],
    });
  });

  await test.step('after the save the draft is gone', async () => {
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(displayNameField(page)).toHaveValue(DRAFT_NAME);
    await expect(draftOffer(page)).toHaveCount(0);
    await page.reload();
    await expect(displayNameField(page)).toHaveValue(DRAFT_NAME);
    await expect(draftOffer(page)).toHaveCount(0);
  });
});

test('discarding the offered draft clears it for good', async ({ page }) => {
  await openEditPage(page, CERT01.id, CERT01.name);
  await typeDraft(page);
  await reloadAndLeave(page);

  await draftOffer(page).getByRole('button', { name: 'Discard draft' }).click();
  await expect(draftOffer(page)).toHaveCount(0);
  await expectStoredValues(page);
  await expect(saveButton(page)).toBeDisabled();

  // Nothing is left to offer: the reload needs no confirmation and brings no offer.
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  await expectStoredValues(page);
  await expect(draftOffer(page)).toHaveCount(0);
  expect(asked).toEqual([]);
});

test('a draft belongs to its connector and to its tab', async ({ page, context }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await openEditPage(page, CERT01.id, CERT01.name);
  await typeDraft(page);

  // Typing another connector's address leaves this one (the browser asks; the user leaves).
  await openEditPage(page, LAB.id, LAB.name);
  await expect(displayNameField(page)).toHaveValue(LAB.name);
  await expect(draftOffer(page)).toHaveCount(0);

  // sessionStorage: another tab of the same browser has no draft of CERT01.
  const other = await context.newPage();
  await openEditPage(other, CERT01.id, CERT01.name);
  await expectStoredValues(other);
  await expect(draftOffer(other)).toHaveCount(0);
  await other.close();

  await openEditPage(page, CERT01.id, CERT01.name);
  await expect(draftOffer(page)).toBeVisible();
  await draftOffer(page).getByRole('button', { name: 'Restore draft' }).click();
  await expect(displayNameField(page)).toHaveValue(DRAFT_NAME);
  await expect(stateField(page)).toHaveText('Inactive (inactive)');
  await expectScopeTags(page, ['Default', 'Europe']);
});

test('restoring a draft keeps a change someone else saved since to a field the draft did not touch', async ({
  page,
  context,
}) => {
  const patches = capturePatches(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await openEditPage(page, CERT01.id, CERT01.name);
  await displayNameField(page).fill(DRAFT_NAME);

  // Another tab (another admin) makes the connector inactive while this tab's draft waits.
  const other = await context.newPage();
  await openEditPage(other, CERT01.id, CERT01.name);
  await pickState(other, 'Inactive (inactive)');
  await saveAndConfirm(other);

  await page.reload();
  await expect(stateField(page)).toHaveText('Inactive (inactive)');
  await draftOffer(page).getByRole('button', { name: 'Restore draft' }).click();
  await expect(displayNameField(page)).toHaveValue(DRAFT_NAME);
  // The draft was taken while the state was Active, but the user never changed it.
  await expect(stateField(page)).toHaveText('Inactive (inactive)');
  await expectScopeTags(page, CERT01.scopeTags);

  await saveAndConfirm(page);
  expect(patches.map((patch) => patch.postDataJSON())).toStrictEqual([
    { '@odata.type': '#microsoft.graph.ndesConnector', displayName: DRAFT_NAME },
  ]);
});

test('the draft offer says when someone else changed a field the draft changes too', async ({
  page,
  context,
}) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await openEditPage(page, CERT01.id, CERT01.name);
  await pickState(page, 'Inactive (inactive)');

  const other = await context.newPage();
  await openEditPage(other, CERT01.id, CERT01.name);
  await pickState(other, 'Not available yet (none)');
  await saveAndConfirm(other);

  await page.reload();
  await expect(draftOffer(page)).toContainText(
    'Since then, someone else changed State: restoring puts your value back over theirs.',
  );
  await draftOffer(page).getByRole('button', { name: 'Restore draft' }).click();
  await expect(stateField(page)).toHaveText('Inactive (inactive)');

  // The review shows their value as the one being replaced: nothing is overwritten unseen.
  await saveButton(page).click();
  await expect(
    page
      .getByRole('dialog', { name: 'Review changes before saving' })
      .getByRole('row', { name: /^State/ }),
  ).toContainText(/Not available yet.*Inactive/);
});
