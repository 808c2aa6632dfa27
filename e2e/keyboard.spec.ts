import {
  connectorRow,
  connectorRows,
  describedValue,
  displayNameField,
  reviewDialog,
  saveButton,
  savedAlert,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { capturePatches } from './support/graph-requests';
import { tabTo } from './support/keyboard';
import { CERT01 } from './support/seeded';

test('the whole edit flow works with the keyboard alone', async ({ page }) => {
  // Dozens of key presses, each followed by a focus check: past the default 30 s on a 2-core runner.
  test.slow();
  const patches = capturePatches(page);
  const newName = 'CERT01 – keyboard edit';
  await page.goto('/connectors');
  await expect(connectorRows(page).first()).toBeVisible();

  await tabTo(page, connectorRow(page, CERT01.name).getByRole('link', { name: CERT01.name }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Edit' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${CERT01.name}` })).toBeVisible();

  await tabTo(page, displayNameField(page));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(newName);
  await expect(displayNameField(page)).toHaveValue(newName);

  const state = page.getByRole('combobox', { name: 'State' });
  await tabTo(page, state);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'Active (active)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(state).toHaveText('Inactive (inactive)');
  await expect(state).toBeFocused();

  await tabTo(page, page.getByRole('combobox', { name: 'Scope tags' }));
  await page.keyboard.type('Europe');
  await expect(page.getByRole('option', { name: /^Europe/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('form').getByRole('button', { name: 'Europe', exact: true }),
  ).toBeVisible();

  await tabTo(page, saveButton(page));
  await page.keyboard.press('Enter');
  const confirm = reviewDialog(page).getByRole('button', { name: 'Confirm and save' });
  await tabTo(page, confirm);
  await page.keyboard.press('Enter');

  await expect(savedAlert(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: newName })).toBeVisible();
  await expect(describedValue(page, 'State')).toHaveText('Inactive');
  await expect(describedValue(page, 'Scope tags')).toHaveText('DefaultHeadquartersEurope');
  expect(patches).toHaveLength(1);
  expect(patches[0]?.postDataJSON()).toStrictEqual({
    '@odata.type': '#microsoft.graph.ndesConnector',
    displayName: newName,
    state: 'inactive',
    roleScopeTagIds: ['0', '1', '2'],
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test("the focus ring on a button is the scheme's own primary colour", async ({ page }) => {
      await page.goto(`/connectors/${CERT01.id}`);
      const edit = page.getByRole('link', { name: 'Edit' });
      await tabTo(page, edit);
      // The scheme's primary, as the page resolves its CSS variable, not the light palette's value.
      const primary = await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.color = 'var(--mui-palette-primary-main)';
        document.body.append(probe);
        const color = getComputedStyle(probe).color;
        probe.remove();
        return color;
      });
      await expect(edit).toHaveCSS('outline-style', 'solid');
      await expect(edit).toHaveCSS('outline-color', primary);
    });
  });
}
