import type { Page } from '@playwright/test';

import {
  connectorsTable,
  describedValue,
  displayNameField,
  reviewDialog,
  saveButton,
  savedAlert,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { capturePatches, isGraphPatch } from './support/graph-requests';
import { HEALTHY_NAMES, UNHEALTHY_NAMES, WARNING_NAMES } from './support/health';
import { expectNoHorizontalScroll, expectWithinViewport, expectWrapped } from './support/layout';
import { CERT01, SEEDED_CONNECTOR_COUNT } from './support/seeded';

// A phone held upright: under MUI's md breakpoint the list is cards, not a table.
test.use({ viewport: { width: 390, height: 844 } });

// Long, with a run no wider screen could fit on one line: it must wrap, not push the page sideways.
const LONG_NAME =
  'CERT01 – NDES primary for Seattle headquarters NDES-CONNECTOR-PRIMARY-SEATTLE-HEADQUARTERS-BUILDING-25-RACK-C14';

const cardList = (page: Page) => page.getByRole('list', { name: 'NDES connectors' });
const cards = (page: Page) =>
  cardList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link') });
const card = (page: Page, name: string) =>
  cards(page).filter({ has: page.getByRole('link', { name, exact: true }) });

test('the list is a column of cards that sorts from a menu, with no sideways scrolling', async ({
  page,
}) => {
  await page.goto('/connectors');
  await expect(cards(page)).toHaveCount(SEEDED_CONNECTOR_COUNT);
  await expect(connectorsTable(page)).toHaveCount(0);
  await expectNoHorizontalScroll(page);

  const cert01 = card(page, CERT01.name);
  await expect(cert01).toContainText(`${CERT01.machine} · ${CERT01.version} · 4 minutes ago`);
  await expect(cert01.getByText('Healthy', { exact: true })).toBeVisible();
  await expect(cert01.getByText('Active', { exact: true })).toBeVisible();
  for (const item of await cards(page).all()) await expectWithinViewport(page, item);

  await expect(cards(page).getByRole('link')).toHaveText([
    ...UNHEALTHY_NAMES,
    ...WARNING_NAMES,
    ...HEALTHY_NAMES,
  ]);
  const sort = page.getByRole('combobox', { name: 'Sort by' });
  await expect(sort).toHaveText('Health: worst first');
  await sort.click();
  await page.getByRole('option', { name: 'Last connection: newest first' }).click();
  await expect(page).toHaveURL(/[?&]sort=lastConnection&dir=desc(&|$)/);
  await expect(cards(page).getByRole('link').first()).toHaveText(CERT01.name);

  await page
    .getByRole('group', { name: 'Filter by health' })
    .getByRole('button', { name: 'Warning (3)' })
    .click();
  await expect(cards(page).getByRole('link')).toHaveText([
    'Unnamed connector',
    'PKCS EU',
    'Lab connector',
  ]);
  await expectNoHorizontalScroll(page);
});

test('an admin on a phone renames a connector to a long name and saves it', async ({ page }) => {
  const patches = capturePatches(page);

  await test.step('from the list to the connector and its edit page', async () => {
    await page.goto('/connectors');
    await card(page, CERT01.name).getByRole('link', { name: CERT01.name }).click();
    await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();
    await expect(describedValue(page, 'Machine name')).toHaveText(CERT01.machine);
    await expectNoHorizontalScroll(page);

    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Edit ${CERT01.name}` }),
    ).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  await test.step('types the long name; the form stays inside the screen', async () => {
    await displayNameField(page).fill(LONG_NAME);
    await expect(displayNameField(page)).toHaveValue(LONG_NAME);
    await expectWithinViewport(page, page.getByRole('form', { name: 'Edit connector' }));
    await expectWithinViewport(page, saveButton(page));
    await expectNoHorizontalScroll(page);
  });

  await test.step('reviews it: the dialog fits and the name wraps', async () => {
    await saveButton(page).click();
    const review = reviewDialog(page);
    await expect(review.getByRole('rowheader')).toHaveText(['Display name']);
    await expectWithinViewport(page, review);
    const newValue = review
      .getByRole('row', { name: /^Display name/ })
      .getByRole('cell')
      .last();
    await expect(newValue).toHaveText(LONG_NAME);
    await expectWithinViewport(page, newValue);
    await expectWrapped(newValue);
    await expectWithinViewport(page, review.getByRole('table', { name: 'Changes' }));
    await expectNoHorizontalScroll(page);
    expect(patches).toHaveLength(0);
  });

  await test.step('confirms: one PATCH with the name', async () => {
    const patchSent = page.waitForRequest(isGraphPatch);
    const confirm = reviewDialog(page).getByRole('button', { name: 'Confirm and save' });
    await expectWithinViewport(page, confirm);
    await confirm.click();
    expect((await patchSent).postDataJSON()).toStrictEqual({
      '@odata.type': '#microsoft.graph.ndesConnector',
      displayName: LONG_NAME,
    });
  });

  await test.step('the detail page wraps the long name in its heading and details', async () => {
    await expect(savedAlert(page)).toBeVisible();
    const heading = page.getByRole('heading', { level: 1, name: LONG_NAME });
    await expect(heading).toBeVisible();
    await expectWithinViewport(page, heading);
    await expectWrapped(heading);
    await expect(describedValue(page, 'Display name')).toHaveText(LONG_NAME);
    await expectWithinViewport(page, describedValue(page, 'Display name'));
    await expectWithinViewport(page, savedAlert(page));
    await expectNoHorizontalScroll(page);
  });

  await test.step('back in the list, the card wraps the long name', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Connectors' })
      .click();
    const link = card(page, LONG_NAME).getByRole('link', { name: LONG_NAME });
    await expect(link).toBeVisible();
    await expectWithinViewport(page, card(page, LONG_NAME));
    await expectWithinViewport(page, link);
    await expectWrapped(link);
    await expectNoHorizontalScroll(page);
  });

  expect(patches).toHaveLength(1);
});
