import { armFault } from './faults/support/mock-graph';
import { chooseMenuItem } from './support/animations';
import { axeViolations, expectColorScheme } from './support/axe';
import {
  batchBodyOf,
  batchPosts,
  bulkDialog,
  captureGraphRequests,
  renameWithSuffix,
  reviewSuffixOnAll,
  selectAllAndEdit,
  selectionToolbar,
} from './support/bulk';
import { connectorRows, openApp } from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { CERT01, CONNECTORS_URL, LAB, SEEDED_CONNECTOR_COUNT } from './support/seeded';

const CONNECTORS_PATH = '/deviceManagement/ndesConnectors';

// Each test applies a bulk change through the page's mock Graph: the slow-test timeout.
test.beforeEach(() => test.slow());

test('a bulk rename: preview first, then exactly one $batch with one PATCH per changed connector', async ({
  page,
}) => {
  await openApp(page);
  await selectAllAndEdit(page);
  await renameWithSuffix(page, ' (EU)');
  const requests = captureGraphRequests(page);
  await bulkDialog(page).getByRole('button', { name: 'Review' }).click();

  const preview = bulkDialog(page).getByRole('table', { name: 'Preview of the changes' });
  await expect(preview.getByRole('row', { name: new RegExp(`^${CERT01.name}`) })).toContainText(
    `${CERT01.name} (EU)`,
  );
  await expect(
    bulkDialog(page)
      .getByText(/"method": "PATCH"/)
      .first(),
  ).toBeVisible();
  await expect(bulkDialog(page).getByText(/Invoke-MgGraphRequest -Method POST/)).toBeVisible();
  expect(requests, 'nothing is sent before Apply').toEqual([]);

  await bulkDialog(page)
    .getByRole('button', { name: /^Apply \d+ changes?$/ })
    .click();
  await expect(bulkDialog(page).getByText(/^All \d+ done\.$/)).toBeVisible({ timeout: 20_000 });

  const [batch, ...otherBatches] = batchPosts(requests);
  expect(otherBatches).toEqual([]);
  const inner = batchBodyOf(batch).requests;
  expect(inner).toHaveLength(SEEDED_CONNECTOR_COUNT);
  expect(new Set(inner.map((request) => request.id)).size).toBe(inner.length);
  for (const request of inner) {
    expect(request).toMatchObject({
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(request.url).toMatch(new RegExp(`^${CONNECTORS_PATH}/[\\w-]+$`));
    expect(Object.keys(request.body as object).sort()).toEqual(['@odata.type', 'displayName']);
  }
  await bulkDialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(connectorRows(page).filter({ hasText: `${CERT01.name} (EU)` })).toHaveCount(1);
  // The second list read refreshes the caches after the results show: counted once the list has the new names.
  const methods = requests.map((request) => `${request.method()} ${request.url().split('?')[0]}`);
  expect(methods.filter((entry) => !entry.startsWith('POST'))).toEqual([
    `GET ${CONNECTORS_URL}`,
    `GET ${CONNECTORS_URL}`,
  ]);
});

test('a state change on 45 connectors of the 100-connector tenant goes out as three batches', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('banner').getByRole('button', { name: 'More demo tenants' }).click();
  await chooseMenuItem(page, /^Load a large tenant/);
  await expect(connectorRows(page)).toHaveCount(100);
  const active = connectorRows(page).filter({
    has: page.getByRole('cell', { name: 'Active', exact: true }),
  });
  for (let index = 0; index < 45; index += 1) {
    await active.nth(index).getByRole('checkbox').check();
  }
  await expect(selectionToolbar(page)).toContainText('45 selected');
  await selectionToolbar(page).getByRole('button', { name: 'Edit selected' }).click();
  await bulkDialog(page).getByRole('combobox', { name: 'State' }).click();
  await page.getByRole('option', { name: /^Inactive/ }).click();
  await bulkDialog(page).getByRole('button', { name: 'Review' }).click();
  const requests = captureGraphRequests(page);
  await bulkDialog(page).getByRole('button', { name: 'Apply 45 changes' }).click();

  await expect(bulkDialog(page).getByText('All 45 done.')).toBeVisible({ timeout: 30_000 });
  const batches = batchPosts(requests).map((request) => batchBodyOf(request).requests);
  expect(batches.map((inner) => inner.length)).toEqual([20, 20, 5]);
  const bodies = batches.flat().map((request) => request.body);
  expect(new Set(batches.flat().map((request) => request.url)).size).toBe(45);
  expect(new Set(bodies.map((body) => JSON.stringify(body)))).toEqual(
    new Set([
      JSON.stringify({ '@odata.type': '#microsoft.graph.ndesConnector', state: 'inactive' }),
    ]),
  );
});

test('an inner 429 is sent again alone, after its Retry-After', async ({ page }) => {
  await openApp(page);
  await armFault(page, {
    scope: 'batch',
    method: 'PATCH',
    path: `${CONNECTORS_PATH}/:id`,
    position: 2,
    kind: 'http-429',
    retryAfter: { seconds: 0.249, format: 'seconds' },
  });
  await reviewSuffixOnAll(page, ' (EU)');
  const requests = captureGraphRequests(page);
  await bulkDialog(page)
    .getByRole('button', { name: /^Apply/ })
    .click();

  await expect(bulkDialog(page).getByText(/^All \d+ done\.$/)).toBeVisible({ timeout: 20_000 });
  const batches = batchPosts(requests).map((request) => batchBodyOf(request).requests);
  expect(batches.map((inner) => inner.length)).toEqual([SEEDED_CONNECTOR_COUNT, 1]);
  expect(batches[1]?.[0]).toEqual(batches[0]?.[1]);
});

test('a connector someone changed since the preview is left out as a conflict', async ({
  page,
}) => {
  await openApp(page);
  await reviewSuffixOnAll(page, ' (EU)');
  const status = await page.evaluate(
    async (url) =>
      (
        await fetch(url, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            '@odata.type': '#microsoft.graph.ndesConnector',
            state: 'inactive',
          }),
        })
      ).status,
    `${CONNECTORS_URL}/${CERT01.id}`,
  );
  expect(status).toBeLessThan(300);
  await bulkDialog(page)
    .getByRole('button', { name: /^Apply/ })
    .click();

  const results = bulkDialog(page).getByRole('table', { name: 'Results' });
  await expect(results.getByRole('row', { name: new RegExp(`^${CERT01.name}`) })).toContainText(
    'Conflict',
  );
  await expect(bulkDialog(page).getByText(/Not everything was applied/)).toBeVisible();
});

test('a failed check before Apply sends nothing, and Back brings the same review back', async ({
  page,
}) => {
  await openApp(page);
  await reviewSuffixOnAll(page, ' (EU)');
  await armFault(page, { method: 'GET', path: CONNECTORS_PATH, kind: 'html-body' });
  const requests = captureGraphRequests(page);
  await bulkDialog(page)
    .getByRole('button', { name: /^Apply/ })
    .click();

  await expect(bulkDialog(page).getByText(/nothing was sent/)).toBeVisible();
  expect(batchPosts(requests)).toEqual([]);
  await bulkDialog(page).getByRole('button', { name: 'Back to the review' }).click();
  const preview = bulkDialog(page).getByRole('table', { name: 'Preview of the changes' });
  await expect(preview.getByRole('row', { name: new RegExp(`^${CERT01.name}`) })).toContainText(
    `${CERT01.name} (EU)`,
  );
  await bulkDialog(page)
    .getByRole('button', { name: /^Apply/ })
    .click();
  await expect(bulkDialog(page).getByText(/^All \d+ done\.$/)).toBeVisible({ timeout: 20_000 });
  expect(batchPosts(requests)).toHaveLength(1);
});

test('Retry failed sends only the failures again', async ({ page }) => {
  await openApp(page);
  await armFault(page, {
    scope: 'batch',
    method: 'PATCH',
    path: `${CONNECTORS_PATH}/${LAB.id}`,
    kind: 'http-500',
  });
  await reviewSuffixOnAll(page, ' (EU)');
  const requests = captureGraphRequests(page);
  await bulkDialog(page)
    .getByRole('button', { name: /^Apply/ })
    .click();

  const results = bulkDialog(page).getByRole('table', { name: 'Results' });
  await expect(results.getByRole('row', { name: new RegExp(`^${LAB.name}`) })).toContainText(
    'Failed',
  );
  await expect(bulkDialog(page).getByText(/Not everything was applied/)).toBeVisible();
  await bulkDialog(page).getByRole('button', { name: 'Retry failed (1)' }).click();

  await expect(bulkDialog(page).getByText(/^All \d+ done\.$/)).toBeVisible({ timeout: 20_000 });
  const batches = batchPosts(requests).map((request) => batchBodyOf(request).requests);
  expect(batches).toHaveLength(2);
  expect(batches[1]?.map((request) => request.url)).toEqual([`${CONNECTORS_PATH}/${LAB.id}`]);
});

test('Cancel stops the batches not sent yet', async ({ page }) => {
  await openApp(page);
  await armFault(page, {
    scope: 'batch',
    method: 'PATCH',
    path: `${CONNECTORS_PATH}/:id`,
    position: 1,
    kind: 'http-429',
    retryAfter: { seconds: 30, format: 'seconds' },
  });
  await reviewSuffixOnAll(page, ' (EU)');
  await bulkDialog(page)
    .getByRole('button', { name: /^Apply/ })
    .click();
  await expect(bulkDialog(page).getByText(/waiting 30\.0 s as Graph asked/)).toBeVisible();
  await bulkDialog(page).getByRole('button', { name: 'Cancel' }).click();

  const results = bulkDialog(page).getByRole('table', { name: 'Results' });
  await expect(results.getByRole('row').filter({ hasText: 'Cancelled' })).toHaveCount(1);
  await expect(bulkDialog(page).getByText(/Not everything was applied/)).toBeVisible();
});

test('Delete selected: one confirmation that lists each connector, then one $batch of DELETEs', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: `Select ${CERT01.name}` }).check();
  await page.getByRole('checkbox', { name: `Select ${LAB.name}` }).check();
  await selectionToolbar(page).getByRole('button', { name: 'Delete selected' }).click();
  const list = bulkDialog(page).getByRole('list', { name: 'Connectors to delete' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText(CERT01.name);
  await expect(list).toContainText(LAB.name);
  // CERT01 is a healthy production connector: Delete waits for the number typed.
  const deleteButton = bulkDialog(page).getByRole('button', { name: 'Delete 2 connectors' });
  await expect(deleteButton).toBeDisabled();
  await bulkDialog(page).getByLabel('Number of connectors to delete').fill('2');
  const requests = captureGraphRequests(page);
  await deleteButton.click();

  await expect(bulkDialog(page).getByText('All 2 done.')).toBeVisible({ timeout: 20_000 });
  const [batch] = batchPosts(requests);
  expect(batchBodyOf(batch).requests.map((request) => request.method)).toEqual([
    'DELETE',
    'DELETE',
  ]);
  await bulkDialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(connectorRows(page)).toHaveCount(SEEDED_CONNECTOR_COUNT - 2);
});

test('the keyboard path through selection, review and apply', async ({ page }) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: `Select ${CERT01.name}` }).focus();
  await page.keyboard.press('Space');
  await selectionToolbar(page).getByRole('button', { name: 'Edit selected' }).focus();
  await page.keyboard.press('Enter');
  await bulkDialog(page).getByRole('combobox', { name: 'State' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: /^Inactive/ }).focus();
  await page.keyboard.press('Enter');
  await bulkDialog(page).getByRole('button', { name: 'Review' }).focus();
  await page.keyboard.press('Enter');
  await bulkDialog(page).getByRole('button', { name: 'Apply 1 change' }).focus();
  await page.keyboard.press('Enter');
  await expect(bulkDialog(page).getByText('All 1 done.')).toBeVisible({ timeout: 20_000 });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('the toolbar and the bulk dialogs pass axe', async ({ page }) => {
      await openApp(page);
      await expectColorScheme(page, colorScheme);
      await page.getByRole('checkbox', { name: `Select ${CERT01.name}` }).check();
      await expect(selectionToolbar(page)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await selectionToolbar(page).getByRole('button', { name: 'Edit selected' }).click();
      await renameWithSuffix(page, ' (EU)');
      expect(await axeViolations(page)).toEqual([]);
      await bulkDialog(page).getByRole('button', { name: 'Review' }).click();
      await expect(
        bulkDialog(page).getByRole('table', { name: 'Preview of the changes' }),
      ).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await bulkDialog(page)
        .getByRole('button', { name: /^Apply/ })
        .click();
      await expect(bulkDialog(page).getByRole('table', { name: 'Results' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await bulkDialog(page).getByRole('button', { name: 'Close' }).click();
      await selectionToolbar(page).getByRole('button', { name: 'Delete selected' }).click();
      await expect(
        bulkDialog(page).getByRole('list', { name: 'Connectors to delete' }),
      ).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
