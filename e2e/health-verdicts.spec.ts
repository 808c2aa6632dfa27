import {
  cellOf,
  connectorRow,
  connectorRows,
  connectorsTable,
  describedValue,
  displayNameField,
  exactly,
  openApp,
  openEditPage,
  reviewDialog,
  saveButton,
  savedAlert,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { openAdvanced } from './support/edit-form';
import { capturePatches, isGraphPatch } from './support/graph-requests';
import {
  APAC,
  expectDetailVerdict,
  expectListVerdict,
  HEALTHY_EXPLANATION,
  HEALTHY_NAMES,
  healthFilter,
  healthPanel,
  healthRulesDialog,
  LAB_WARNING,
  listedNames,
  OLD_INSTALL,
  PKCS_EU,
  RETAIL,
  saveHealthRules,
  UNHEALTHY_AFTER,
  UNHEALTHY_NAMES,
  UNNAMED,
  WARNING_AFTER,
  WARNING_NAMES,
} from './support/health';
import { CERT01, LAB, SEEDED_CONNECTOR_COUNT } from './support/seeded';

test('the list gives every connector a verdict, with its reasons in words', async ({ page }) => {
  await openApp(page);
  await expect(connectorRows(page)).toHaveCount(SEEDED_CONNECTOR_COUNT);

  await expectListVerdict(connectorRow(page, CERT01.name), 'Healthy', []);
  await expectListVerdict(connectorRow(page, LAB.name), 'Warning', LAB_WARNING);
  await expectListVerdict(connectorRow(page, UNNAMED.name), 'Warning', UNNAMED.reasons);
  await expectListVerdict(connectorRow(page, RETAIL.name), 'Unhealthy', RETAIL.reasons);
  await expectListVerdict(connectorRow(page, APAC.name), 'Unhealthy', APAC.reasons);
  await expectListVerdict(connectorRow(page, PKCS_EU.name), 'Warning', PKCS_EU.reasons);
  // The connector on the same machine that still connects is not flagged: only the silent one is.
  await expectListVerdict(connectorRow(page, OLD_INSTALL.name), 'Unhealthy', [
    ...OLD_INSTALL.reasons,
    OLD_INSTALL.leftover,
  ]);
  for (const name of HEALTHY_NAMES) {
    await expectListVerdict(connectorRow(page, name), 'Healthy', []);
  }

  await expect(healthFilter(page).getByRole('button')).toHaveText([
    `All (${SEEDED_CONNECTOR_COUNT})`,
    'Unhealthy (3)',
    'Warning (3)',
    'Healthy (4)',
  ]);
});

test('the detail page explains each verdict', async ({ page }) => {
  await test.step('healthy: what it means, under the rules in force', async () => {
    await page.goto(`/connectors/${CERT01.id}`);
    await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();
    await expect(healthPanel(page).getByText(exactly('Healthy'))).toBeVisible();
    await expect(healthPanel(page)).toContainText(HEALTHY_EXPLANATION);
    await expect(healthPanel(page).getByRole('listitem')).toHaveCount(0);
  });

  await test.step('warning: more than a day without contact', async () => {
    await page.goto(`/connectors/${LAB.id}`);
    await expect(page.getByRole('heading', { level: 1, name: LAB.name })).toBeVisible();
    await expectDetailVerdict(page, 'Warning', LAB_WARNING);
    await expect(describedValue(page, 'Last connection')).toContainText('yesterday');
  });

  await test.step('unhealthy: three days or more without contact', async () => {
    await page.goto(`/connectors/${RETAIL.id}`);
    await expect(page.getByRole('heading', { level: 1, name: RETAIL.name })).toBeVisible();
    await expectDetailVerdict(page, 'Unhealthy', RETAIL.reasons);
    await expect(describedValue(page, 'Last connection')).toContainText('4 days ago');
  });

  await test.step('a reinstall leftover is flagged, beside its other reasons', async () => {
    await page.goto(`/connectors/${OLD_INSTALL.id}`);
    await expect(page.getByRole('heading', { level: 1, name: OLD_INSTALL.name })).toBeVisible();
    await expect(describedValue(page, 'Machine name')).toHaveText(CERT01.machine);
    await expectDetailVerdict(page, 'Unhealthy', [...OLD_INSTALL.reasons, OLD_INSTALL.leftover]);
  });

  await test.step('reached from the list, the detail agrees with the list', async () => {
    await openApp(page);
    await connectorRow(page, UNNAMED.name).getByRole('link', { name: UNNAMED.name }).click();
    await expect(page).toHaveURL(`/connectors/${UNNAMED.id}`);
    await expectDetailVerdict(page, 'Warning', UNNAMED.reasons);
  });
});

test('the list sorts by verdict, worst first by default, and keeps the order in the URL', async ({
  page,
}) => {
  await openApp(page);
  const healthHeader = connectorsTable(page)
    .getByRole('columnheader')
    .filter({ hasText: exactly('Health') });

  await expect(healthHeader).toHaveAttribute('aria-sort', 'ascending');
  // Within one verdict, by name.
  await expect(listedNames(page)).toHaveText([
    ...UNHEALTHY_NAMES,
    ...WARNING_NAMES,
    ...HEALTHY_NAMES,
  ]);

  await healthHeader.getByRole('button', { name: 'Health' }).click();
  await expect(page).toHaveURL(/[?&]sort=health&dir=desc(&|$)/);
  await expect(healthHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(listedNames(page)).toHaveText([
    ...HEALTHY_NAMES,
    ...WARNING_NAMES,
    ...UNHEALTHY_NAMES,
  ]);

  // A bookmark or a reload opens the same view.
  await page.reload();
  await expect(healthHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(listedNames(page)).toHaveText([
    ...HEALTHY_NAMES,
    ...WARNING_NAMES,
    ...UNHEALTHY_NAMES,
  ]);

  await connectorsTable(page).getByRole('button', { name: 'Name', exact: true }).click();
  await expect(page).toHaveURL(/[?&]sort=name&dir=asc(&|$)/);
  await expect(healthHeader).not.toHaveAttribute('aria-sort', /./);
  await expect(listedNames(page).first()).toHaveText(APAC.name);

  await healthHeader.getByRole('button', { name: 'Health' }).click();
  await expect(page).toHaveURL(/[?&]sort=health&dir=asc(&|$)/);
  await expect(listedNames(page)).toHaveText([
    ...UNHEALTHY_NAMES,
    ...WARNING_NAMES,
    ...HEALTHY_NAMES,
  ]);
});

test('the list filters by verdict, and the filter is kept in the URL', async ({ page }) => {
  await openApp(page);
  const filter = healthFilter(page);
  const all = filter.getByRole('button', { name: `All (${SEEDED_CONNECTOR_COUNT})` });
  await expect(all).toHaveAttribute('aria-pressed', 'true');

  for (const [label, names] of [
    ['Warning (3)', WARNING_NAMES],
    ['Unhealthy (3)', UNHEALTHY_NAMES],
    ['Healthy (4)', HEALTHY_NAMES],
  ] as const) {
    await filter.getByRole('button', { name: label }).click();
    await expect(filter.getByRole('button', { name: label })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(all).toHaveAttribute('aria-pressed', 'false');
    await expect(listedNames(page)).toHaveText([...names]);
  }
  await expect(page).toHaveURL(/[?&]health=healthy(&|$)/);

  await page.goto('/connectors?health=unhealthy');
  await expect(filter.getByRole('button', { name: 'Unhealthy (3)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(listedNames(page)).toHaveText(UNHEALTHY_NAMES);
  for (const row of await connectorRows(page).all()) {
    await expect((await cellOf(row, 'Health')).getByText(exactly('Unhealthy'))).toBeVisible();
  }

  await all.click();
  await expect(page).toHaveURL(/[?&]health=all(&|$)/);
  await expect(connectorRows(page)).toHaveCount(SEEDED_CONNECTOR_COUNT);
});

test('changing the health rules changes the verdicts, in the list and on the detail page', async ({
  page,
}) => {
  await openApp(page);

  await test.step('the rules dialog opens on the defaults, with no hand-set version, and refuses a bad threshold', async () => {
    await page.getByRole('button', { name: 'Health rules' }).click();
    const dialog = healthRulesDialog(page);
    await expect(dialog.getByRole('textbox', { name: WARNING_AFTER })).toHaveValue('24');
    await expect(dialog.getByRole('textbox', { name: UNHEALTHY_AFTER })).toHaveValue('3');
    await expect(dialog.getByRole('textbox')).toHaveCount(2);

    await dialog.getByRole('textbox', { name: UNHEALTHY_AFTER }).fill('0');
    await expect(dialog.getByRole('textbox', { name: UNHEALTHY_AFTER })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(dialog.getByRole('button', { name: 'Save rules' })).toBeDisabled();

    // Cancel leaves the rules as they were.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expectListVerdict(connectorRow(page, LAB.name), 'Warning', LAB_WARNING);
  });

  await test.step('a longer warning threshold makes the lab connector healthy', async () => {
    await saveHealthRules(page, { [WARNING_AFTER]: '48' });
    await expectListVerdict(connectorRow(page, LAB.name), 'Healthy', []);
    await expect(healthFilter(page).getByRole('button', { name: 'Healthy (5)' })).toBeVisible();
  });

  await test.step('a longer unhealthy threshold turns 4 days silent into a warning', async () => {
    await saveHealthRules(page, { [UNHEALTHY_AFTER]: '5' });
    await expectListVerdict(connectorRow(page, RETAIL.name), 'Warning', [
      'Last connected 4 days ago (warning after 48 hours).',
    ]);
  });

  await test.step('the detail page judges by the same rules, and they survive a reload', async () => {
    await connectorRow(page, PKCS_EU.name).getByRole('link', { name: PKCS_EU.name }).click();
    await expect(page).toHaveURL(`/connectors/${PKCS_EU.id}`);
    await page.reload();
    await expectDetailVerdict(page, 'Warning', PKCS_EU.reasons);

    await page.goto(`/connectors/${CERT01.id}`);
    await expect(healthPanel(page)).toContainText(
      'Active, connected within the last 48 hours, and on a supported version.',
    );
  });

  await test.step('the leftover flag follows the unhealthy threshold', async () => {
    await openApp(page);
    await saveHealthRules(page, { [UNHEALTHY_AFTER]: '40' });
    // Silent for 35 days is no longer "long inactive", so nothing suggests deleting it; it stays
    // unhealthy because Intune reports it inactive.
    await expectListVerdict(connectorRow(page, OLD_INSTALL.name), 'Unhealthy', [
      'Intune reports the connector as inactive.',
      'Last connected 35 days ago (warning after 48 hours).',
      OLD_INSTALL.reasons[2] ?? '',
    ]);
  });

  await test.step('"Restore defaults" brings back the default verdicts', async () => {
    await page.getByRole('button', { name: 'Health rules' }).click();
    await healthRulesDialog(page).getByRole('button', { name: 'Restore defaults' }).click();
    await expect(healthRulesDialog(page).getByRole('textbox', { name: WARNING_AFTER })).toHaveValue(
      '24',
    );
    await healthRulesDialog(page).getByRole('button', { name: 'Save rules' }).click();
    await expectListVerdict(connectorRow(page, LAB.name), 'Warning', LAB_WARNING);
    await expectListVerdict(connectorRow(page, OLD_INSTALL.name), 'Unhealthy', [
      ...OLD_INSTALL.reasons,
      OLD_INSTALL.leftover,
    ]);
  });
});

test('the edit screen suggests a display name from the machine, applied with one click', async ({
  page,
}) => {
  const patches = capturePatches(page);
  const suggested = `PKI-NEW-03 (${UNNAMED.machine})`;
  await openEditPage(page, UNNAMED.id, UNNAMED.name);
  await expect(displayNameField(page)).toHaveValue('');

  await test.step('the suggestion follows the machine name field', async () => {
    await openAdvanced(page);
    const machine = page.getByRole('textbox', { name: 'Machine name' });
    await machine.fill('pki-lab-07.lab.contoso.com');
    await expect(
      page.getByRole('button', {
        name: 'Use suggested name: PKI-LAB-07 (pki-lab-07.lab.contoso.com)',
      }),
    ).toBeVisible();
    await machine.fill(UNNAMED.machine);
  });

  await test.step('one click fills the display name, and the offer goes away', async () => {
    const suggestion = page.getByRole('button', { name: `Use suggested name: ${suggested}` });
    await suggestion.click();
    await expect(displayNameField(page)).toHaveValue(suggested);
    await expect(suggestion).toBeHidden();
  });

  await test.step('the review shows exactly that name, and only that', async () => {
    await saveButton(page).click();
    const review = reviewDialog(page);
    await expect(review.getByRole('rowheader')).toHaveText(['Display name']);
    await expect(review.getByRole('row', { name: /^Display name/ }).getByRole('cell')).toHaveText([
      '(empty)',
      suggested,
    ]);
    expect(patches).toHaveLength(0);
  });

  const patchSent = page.waitForRequest(isGraphPatch);
  await reviewDialog(page).getByRole('button', { name: 'Confirm and save' }).click();
  expect((await patchSent).postDataJSON()).toStrictEqual({
    '@odata.type': '#microsoft.graph.ndesConnector',
    displayName: suggested,
  });
  await expect(savedAlert(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: suggested })).toBeVisible();
  await expect(describedValue(page, 'Display name')).toHaveText(suggested);
  expect(patches).toHaveLength(1);
});
