import {
  cellOf,
  connectorRow,
  connectorRows,
  connectorsTable,
  describedValue,
  displayNameField,
  exactly,
  openApp,
  reviewDialog,
  saveButton,
  savedAlert,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { capturePatches, isGraphPatch } from './support/graph-requests';
import { CERT01, CONNECTORS_URL, DEMO_TOKEN, GUID, SEEDED_CONNECTOR_COUNT } from './support/seeded';

const NEW_NAME = 'CERT01 – NDES primary (Seattle HQ)';
const EXPECTED_BODY = {
  '@odata.type': '#microsoft.graph.ndesConnector',
  displayName: NEW_NAME,
  state: 'inactive',
  roleScopeTagIds: ['0', '1', '2'],
};
const HTTP_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

test('a new admin renames a connector, deactivates it and adds a scope tag', async ({ page }) => {
  const patches = capturePatches(page);

  await test.step('lands on the connector list', async () => {
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'NDES connectors' })).toBeVisible();
    await expect(page.getByText(`${SEEDED_CONNECTOR_COUNT} connectors in Contoso`)).toBeVisible();
    await expect(connectorRows(page)).toHaveCount(SEEDED_CONNECTOR_COUNT);
    for (const column of ['Name', 'Machine', 'State', 'Version', 'Last connection', 'Scope tags']) {
      await expect(
        connectorsTable(page)
          .getByRole('columnheader')
          .filter({ hasText: exactly(column) }),
      ).toHaveCount(1);
    }
  });

  await test.step('every row shows a name, machine, state, version, last connection and tag names', async () => {
    for (const row of await connectorRows(page).all()) {
      await expect(await cellOf(row, 'Name')).toHaveText(/\S/);
      await expect(await cellOf(row, 'Machine')).toHaveText(/^[A-Z0-9-]+(\.[a-z]+)+\.com$/);
      await expect(await cellOf(row, 'State')).toHaveText(/^(Active|Inactive|Not available yet)$/);
      await expect(await cellOf(row, 'Version')).toHaveText(/^\d+\.\d+\.\d+\.\d+$/);
      await expect((await cellOf(row, 'Last connection')).locator('time')).toHaveText(
        /^(\d+ (minutes?|hours?|days?|weeks?) ago|yesterday)$/,
      );
      // Names, not the raw ids Graph returns ("0", "1", …).
      await expect(await cellOf(row, 'Scope tags')).toHaveText(
        /^(Default|Headquarters|Europe|Asia Pacific|Lab|Retail stores)+$/,
      );
    }
  });

  await test.step('the seeded rows read as an admin expects', async () => {
    const cert01 = connectorRow(page, CERT01.name);
    await expect(await cellOf(cert01, 'Machine')).toHaveText(CERT01.machine);
    await expect(await cellOf(cert01, 'State')).toHaveText('Active');
    await expect(await cellOf(cert01, 'Version')).toHaveText(CERT01.version);
    await expect(await cellOf(cert01, 'Last connection')).toHaveText('4 minutes ago');
    await expect(await cellOf(cert01, 'Scope tags')).toHaveText('DefaultHeadquarters');

    const europe = connectorRow(page, 'PKCS EU');
    await expect(await cellOf(europe, 'Last connection')).toHaveText('2 hours ago');
    await expect(await cellOf(europe, 'Scope tags')).toHaveText('Europe');

    const oldInstall = connectorRow(page, 'Certificate Connector (old install)');
    await expect(await cellOf(oldInstall, 'State')).toHaveText('Inactive');
    await expect(await cellOf(oldInstall, 'Last connection')).toHaveText('5 weeks ago');

    const unnamed = connectorRow(page, 'Unnamed connector');
    await expect(await cellOf(unnamed, 'Machine')).toHaveText('PKI-NEW-03.corp.contoso.com');
    await expect(await cellOf(unnamed, 'State')).toHaveText('Not available yet');

    await expect(await cellOf(connectorRow(page, 'Lab connector'), 'Last connection')).toHaveText(
      'yesterday',
    );
  });

  await test.step('opens the connector and its edit page', async () => {
    await connectorRow(page, CERT01.name).getByRole('link', { name: CERT01.name }).click();
    await expect(page).toHaveURL(`/connectors/${CERT01.id}`);
    await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();
    await expect(describedValue(page, 'Machine name')).toHaveText(CERT01.machine);

    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page).toHaveURL(`/connectors/${CERT01.id}/edit`);
    await expect(
      page.getByRole('heading', { level: 1, name: `Edit ${CERT01.name}` }),
    ).toBeVisible();
    await expect(displayNameField(page)).toHaveValue(CERT01.name);
  });

  await test.step('renames it, makes it inactive and adds the Europe scope tag', async () => {
    await displayNameField(page).fill(NEW_NAME);

    const state = page.getByRole('combobox', { name: 'State' });
    await state.click();
    await expect(page.getByRole('option')).toHaveText([
      'Not available yet (none)',
      'Active (active)',
      'Inactive (inactive)',
    ]);
    await page.getByRole('option', { name: 'Inactive (inactive)' }).click();
    await expect(state).toHaveText('Inactive (inactive)');

    const scopeTags = page.getByRole('combobox', { name: 'Scope tags' });
    await scopeTags.fill('Europe');
    await page.getByRole('option', { name: /^Europe/ }).click();
    const form = page.getByRole('form', { name: 'Edit connector' });
    await expect(form.getByRole('button', { name: 'Europe', exact: true })).toBeVisible();
    await expect(form.getByRole('button', { name: 'Headquarters', exact: true })).toBeVisible();
  });

  let sentBody = '';
  await test.step('reviews the change: nothing is sent before confirming', async () => {
    await saveButton(page).click();
    const review = reviewDialog(page);
    await expect(review.getByRole('rowheader')).toHaveText(['Display name', 'State', 'Scope tags']);
    await expect(review.getByRole('row', { name: /^Scope tags/ })).toContainText(
      'Default, Headquarters, Europe',
    );
    sentBody = (await review.getByLabel('JSON body (exactly as sent)').textContent()) ?? '';
    expect(patches).toHaveLength(0);
  });

  const patchSent = page.waitForRequest(isGraphPatch);
  await reviewDialog(page).getByRole('button', { name: 'Confirm and save' }).click();
  const patch = await patchSent;
  const headers = await patch.allHeaders();

  await test.step('sends one PATCH with only the changed fields', async () => {
    expect(patch.method()).toBe('PATCH');
    expect(patch.url()).toBe(`${CONNECTORS_URL}/${CERT01.id}`);
    expect(headers).toMatchObject({
      authorization: `Bearer ${DEMO_TOKEN}`,
      'content-type': 'application/json',
      accept: 'application/json',
    });
    expect(headers['client-request-id']).toMatch(GUID);
    expect(patch.postDataJSON()).toStrictEqual(EXPECTED_BODY);
    // The review promised the exact bytes; hold it to that.
    expect(patch.postData()).toBe(sentBody);
  });

  await test.step('the detail page shows the new values and the ids of the save', async () => {
    await expect(page).toHaveURL(`/connectors/${CERT01.id}`);
    await expect(page.getByRole('heading', { level: 1, name: NEW_NAME })).toBeVisible();
    await expectSavedValues();

    const alert = savedAlert(page);
    await expect(alert).toBeVisible();
    const response = await patch.response();
    const responseHeaders = (await response?.allHeaders()) ?? {};
    expect(response?.status()).toBe(204);
    await expect(describedValue(alert, 'request-id')).toHaveText(GUID);
    await expect(describedValue(alert, 'request-id')).toHaveText(
      responseHeaders['request-id'] ?? '',
    );
    await expect(describedValue(alert, 'client-request-id')).toHaveText(
      headers['client-request-id'] ?? '',
    );
    await expect(describedValue(alert, 'Date')).toHaveText(HTTP_DATE);
    await expect(describedValue(alert, 'Date')).toHaveText(responseHeaders['date'] ?? '');
  });

  await test.step('the change survives a reload, on the detail page and in the list', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: NEW_NAME })).toBeVisible();
    await expectSavedValues();
    // The outcome belongs to the save: a reload must not announce it again as if it just happened.
    await expect(savedAlert(page)).toHaveCount(0);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Connectors' })
      .click();
    const row = connectorRow(page, NEW_NAME);
    await expect(await cellOf(row, 'State')).toHaveText('Inactive');
    await expect(await cellOf(row, 'Scope tags')).toHaveText('DefaultHeadquartersEurope');
    await expect(page.getByRole('link', { name: CERT01.name, exact: true })).toHaveCount(0);

    await page.reload();
    await expect(await cellOf(connectorRow(page, NEW_NAME), 'State')).toHaveText('Inactive');
  });

  expect(patches).toHaveLength(1);

  async function expectSavedValues() {
    await expect(describedValue(page, 'Display name')).toHaveText(NEW_NAME);
    await expect(describedValue(page, 'State')).toHaveText('Inactive');
    await expect(describedValue(page, 'Scope tags')).toHaveText('DefaultHeadquartersEurope');
    await expect(describedValue(page, 'Machine name')).toHaveText(CERT01.machine);
  }
});
