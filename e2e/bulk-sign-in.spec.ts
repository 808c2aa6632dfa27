import type { Page } from '@playwright/test';

import { changeElsewhere } from './faults/support/connector-traffic';
import { armFault, loggedRequests } from './faults/support/mock-graph';
import { chooseMenuItem } from './support/animations';
import { axeViolations, expectColorScheme } from './support/axe';
import {
  batchBodyOf,
  batchPosts,
  bulkDialog,
  captureGraphRequests,
  renameWithSuffix,
  selectionToolbar,
} from './support/bulk';
import { connectorRows, openApp } from './support/connector-pages';
import { deleteDialog, LEFTOVER, openDetail } from './support/delete-dialog';
import { expect, test } from './support/demo-test';

// Two batches through the page's mock Graph, a sign-in and a reload: the slow-test timeout.
test.beforeEach(() => test.slow());

const CONNECTORS_PATH = '/deviceManagement/ndesConnectors';
const twoDigits = (n: number) => String(n).padStart(2, '0');
/** The large tenant's generated connector `n` ("Seattle NDES 07"); its id ends with n. */
const generatedRow = (page: Page, n: number) =>
  connectorRows(page).filter({ hasText: new RegExp(`NDES ${twoDigits(n)}(?!\\d)`) });
const generatedId = (n: number) => `5eed0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * Loads the 100-connector tenant and asks for a suffix on its generated connectors 1 to 21: they
 * follow each other in Graph's list, so the first $batch carries 1 to 20 and the second 21.
 */
async function reviewRenameOfTwentyOne(page: Page, beforeSelecting?: () => Promise<void>) {
  await openApp(page);
  await page.getByRole('banner').getByRole('button', { name: 'More demo tenants' }).click();
  await chooseMenuItem(page, /^Load a large tenant/);
  await expect(connectorRows(page)).toHaveCount(100);
  await beforeSelecting?.();
  for (let n = 1; n <= 21; n += 1) await generatedRow(page, n).getByRole('checkbox').check();
  await expect(selectionToolbar(page)).toContainText('21 selected');
  await selectionToolbar(page).getByRole('button', { name: 'Edit selected' }).click();
  await renameWithSuffix(page, ' (EU)');
  await bulkDialog(page).getByRole('button', { name: 'Review' }).click();
}

/** The Fault lab's "Next token needs sign-in", letting `after` tokens of a run through first. */
async function armSignInNeeded(page: Page, after: number) {
  await page.getByRole('banner').getByRole('button', { name: 'Fault lab' }).click();
  const lab = page.getByRole('dialog', { name: 'Fault lab' });
  const form = lab.getByRole('form', { name: 'Next token needs sign-in' });
  await form.getByRole('spinbutton', { name: 'Tokens to let through first' }).fill(String(after));
  await form.getByRole('button', { name: 'Arm' }).click();
  await expect(form.getByRole('status')).toHaveText(
    `Armed: ${after} more tokens of a run, then sign-in is needed.`,
  );
  await lab.getByRole('button', { name: 'Close' }).click();
  await expect(lab).toHaveCount(0);
}

test('a sign-in needed after the first batch pauses the run, keeps its results, and resumes with only the rest', async ({
  page,
}) => {
  // The check before sending and the first $batch get their tokens; the second $batch's needs sign-in.
  await reviewRenameOfTwentyOne(page, () => armSignInNeeded(page, 2));
  const requests = captureGraphRequests(page);
  await bulkDialog(page).getByRole('button', { name: 'Apply 21 changes' }).click();

  const dialog = bulkDialog(page);
  await expect(dialog.getByRole('heading', { name: 'Sign in again to continue' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(dialog.getByText(/20 connectors answered before the pause/)).toBeVisible();
  const results = dialog.getByRole('table', { name: 'Results' });
  await expect(results.getByRole('row')).toHaveCount(21);
  await expect(results.getByRole('cell', { name: 'Saved', exact: true })).toHaveCount(20);
  expect(batchPosts(requests)).toHaveLength(1);
  expect(await axeViolations(page)).toEqual([]);

  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();

  await expect(dialog.getByText('All 21 done.')).toBeVisible({ timeout: 30_000 });
  const batches = batchPosts(requests).map((request) => batchBodyOf(request).requests);
  expect(batches.map((inner) => inner.length)).toEqual([20, 1]);
  const urls = batches.flat().map(({ method, url }) => `${method} ${url}`);
  expect(urls.sort()).toEqual(
    Array.from(
      { length: 21 },
      (_, index) => `PATCH ${CONNECTORS_PATH}/${generatedId(index + 1)}`,
    ).sort(),
  );
});

test('what was answered before the pause is checked by the read after the resumed run, and logged once', async ({
  page,
}) => {
  await reviewRenameOfTwentyOne(page, async () => {
    // Reach the list from another page, so Back has somewhere to go.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Changes' }).click();
    await nav.getByRole('link', { name: 'Connectors' }).click();
    await expect(connectorRows(page)).toHaveCount(100);
    await armSignInNeeded(page, 2);
  });
  await bulkDialog(page).getByRole('button', { name: 'Apply 21 changes' }).click();
  const dialog = bulkDialog(page);
  await expect(dialog.getByRole('heading', { name: 'Sign in again to continue' })).toBeVisible({
    timeout: 30_000,
  });
  // Back while the run waits: the page stays, and says why.
  await page.goBack();
  await expect(
    page.getByText(
      'A bulk change that is still being applied: this page stays until it has ended.',
    ),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/connectors(\?.*)?$/);
  await expect(dialog).toBeVisible();
  // While the admin signs in, someone renames connector 01 (answered before the pause) elsewhere.
  await changeElsewhere(page, generatedId(1), { displayName: 'Renamed elsewhere' });

  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();

  await expect(dialog.getByText(/^Not everything was applied\./)).toBeVisible({ timeout: 30_000 });
  const results = dialog.getByRole('table', { name: 'Results' });
  const first = results.getByRole('row').filter({ hasText: /NDES 01(?!\d)/ });
  await expect(first.getByRole('cell', { name: 'Not applied', exact: true })).toBeVisible();
  await expect(results.getByRole('cell', { name: 'Saved', exact: true })).toHaveCount(20);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Changes' })
    .click();
  const changes = page.getByRole('table', { name: 'Changes sent in this session' });
  // One row per connector of the run: the read after updated the rows logged before the pause.
  await expect(changes.getByRole('row').filter({ hasText: '(EU)' })).toHaveCount(21);
  await expect(
    changes
      .getByRole('row')
      .filter({ hasText: /NDES 01(?!\d)/ })
      .getByRole('cell', {
        name: /^not applied Graph accepted the change, but Display name still reads Renamed elsewhere\./,
      }),
  ).toBeVisible();
});

test('a reload while the second batch is out asks first, and the Changes page keeps the first batch', async ({
  page,
}) => {
  await reviewRenameOfTwentyOne(page);
  // The second batch never answers: it carries the preview's last connector (batches follow its order).
  const preview = bulkDialog(page).getByRole('table', { name: 'Preview of the changes' });
  const lastRow = (await preview.getByRole('row').last().textContent()) ?? '';
  const last = Number(/NDES (\d\d)(?!\d)/.exec(lastRow)?.[1]);
  expect(last).toBeGreaterThan(0);
  await armFault(page, {
    scope: 'batch',
    method: 'PATCH',
    path: `${CONNECTORS_PATH}/${generatedId(last)}`,
    kind: 'stall',
  });
  await bulkDialog(page).getByRole('button', { name: 'Apply 21 changes' }).click();
  // The mock Graph logs a request as it arrives (the page's request event comes with the answer).
  await expect
    .poll(async () => (await loggedRequests(page, 'POST', '/$batch')).length, { timeout: 20_000 })
    .toBe(2);

  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(asked).toEqual(['beforeunload']);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Changes' })
    .click();
  const changes = page.getByRole('table', { name: 'Changes sent in this session' });
  const saved = changes
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'saved', exact: true }) });
  await expect(saved).toHaveCount(20);
  for (let n = 1; n <= 21; n += 1) {
    const row = saved.filter({ hasText: new RegExp(`NDES ${twoDigits(n)}(?!\\d)`) });
    // The second batch's answer never came: whatever the log says of it, it is not "saved".
    await expect(row).toHaveCount(n === last ? 0 : 1);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('a single delete pauses for a sign-in, passes axe, and deletes after it', async ({
      page,
    }) => {
      await openDetail(page, LEFTOVER.id, LEFTOVER.name);
      await expectColorScheme(page, colorScheme);
      // The read before the DELETE gets its token; the DELETE's needs sign-in.
      await armSignInNeeded(page, 1);
      const requests = captureGraphRequests(page);
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      const dialog = deleteDialog(page, LEFTOVER.name);
      await dialog.getByRole('button', { name: 'Delete', exact: true }).click();

      await expect(dialog.getByText('Sign in again to continue')).toBeVisible();
      expect(requests.filter((request) => request.method() === 'DELETE')).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect(page).toHaveURL(/\/connectors$/);
      expect(
        requests.filter((request) => request.method() === 'DELETE').map((r) => r.url()),
      ).toEqual([expect.stringMatching(new RegExp(`${CONNECTORS_PATH}/${LEFTOVER.id}$`))]);
    });
  });
}
