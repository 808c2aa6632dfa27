import type { Page } from '@playwright/test';

import { expect, signIn, test } from '../auth/support/fixtures';
import {
  batchSizes,
  documentResponses,
  recordOpeners,
  requireSignInAfter,
  signInThroughPopup,
  writesReceived,
} from '../auth/support/popup-sign-in';
import { bulkDialog, renameWithSuffix, selectionToolbar } from '../support/bulk';
import { connectorRows } from '../support/connector-pages';

// nginx serves its own config.json (scripts/serve-nginx.mjs writes it beside index.html).
test.use({ appConfig: null });
// A full sign-in, 100 connectors, two batches and a popup sign-in: the slow-test timeout.
test.slow();

const CONNECTORS_PATH = '/deviceManagement/ndesConnectors';
/** The large tenant's generated connector `n` ("Seattle NDES 07"), and its id, which ends with n. */
const generatedRow = (page: Page, n: number) =>
  connectorRows(page).filter({ hasText: new RegExp(`NDES ${String(n).padStart(2, '0')}(?!\\d)`) });
const generatedId = (n: number) => `5eed0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const RENAMED = Array.from({ length: 21 }, (_, index) => generatedId(index + 1));

test('a bulk rename that needs a sign-in between batches resumes after a popup sign-in, on the same page, under the shipped headers', async ({
  page,
  context,
  entra,
  graph,
  baseURL,
}) => {
  // MSAL renews tokens within five minutes of expiry: every token of the run is a refresh.
  entra.accessTokenLifetimeSeconds = 60;
  graph.db.reset('large');
  const openers = await recordOpeners(context);
  const documents = documentResponses(page);
  await signIn(page);
  await expect(connectorRows(page)).toHaveCount(100);
  const appDocument = documents.at(-1);
  expect(appDocument?.url()).not.toContain('/redirect.html');
  expect(appDocument?.headers()['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
  await page.evaluate(() => Reflect.set(window, 'e2eSameWindow', true));

  // Generated connectors 1 to 21 follow each other in Graph's list: 1 to 20 in the first $batch.
  for (let n = 1; n <= 21; n += 1) await generatedRow(page, n).getByRole('checkbox').check();
  await expect(selectionToolbar(page)).toContainText('21 selected');
  await selectionToolbar(page).getByRole('button', { name: 'Edit selected' }).click();
  await renameWithSuffix(page, ' (EU)');
  await bulkDialog(page).getByRole('button', { name: 'Review' }).click();
  // The first $batch still goes out with its token; the second one's renewal is refused.
  await requireSignInAfter(context, { entra, graph }, (request) =>
    request.url().endsWith('/$batch'),
  );
  await bulkDialog(page).getByRole('button', { name: 'Apply 21 changes' }).click();

  const dialog = bulkDialog(page);
  await expect(dialog.getByRole('heading', { name: 'Sign in again to continue' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(dialog.getByText(/20 connectors answered before the pause/)).toBeVisible();
  expect(batchSizes(graph.calls)).toEqual([20]);
  const authorizeBefore = entra.authorizeRequests.length;
  const tokensBefore = entra.issuedAccessTokens.length;

  const popup = await signInThroughPopup(
    page,
    dialog.getByRole('button', { name: 'Sign in', exact: true }),
  );

  await expect(dialog.getByText('All 21 done.')).toBeVisible({ timeout: 30_000 });
  const results = dialog.getByRole('table', { name: 'Results' });
  await expect(results.getByRole('cell', { name: 'Saved', exact: true })).toHaveCount(21);
  // The popup went to the authorize endpoint itself (not a hidden frame) and back to the bridge.
  expect(entra.authorizeRequests).toHaveLength(authorizeBefore + 1);
  expect(entra.authorizeInFrame.at(-1)).toBe(false);
  expect(entra.authorizeRequests.at(-1)?.searchParams.get('redirect_uri')).toBe(
    `${baseURL}/redirect.html`,
  );
  // The bridge page in the popup still had its opener: COOP same-origin-allow-popups kept it.
  expect(
    openers.filter((opener) => opener.page === popup && opener.url.includes('/redirect.html')),
  ).toEqual([expect.objectContaining({ hasOpener: true })]);
  // The same window went on: no reload, no navigation of the app page.
  expect(documents.at(-1)).toBe(appDocument);
  expect(await page.evaluate(() => Reflect.get(window, 'e2eSameWindow'))).toBe(true);

  expect(batchSizes(graph.calls)).toEqual([20, 1]);
  // The second $batch carried a token issued after the popup sign-in.
  const batches = graph.calls.filter((call) => call.url.endsWith('/$batch'));
  const token = batches.at(-1)?.authorization?.replace(/^Bearer /, '') ?? '';
  expect(entra.issuedAccessTokens.indexOf(token)).toBeGreaterThanOrEqual(tokensBefore);
  expect(writesReceived(graph.calls).sort()).toEqual(
    RENAMED.map((id) => `PATCH ${CONNECTORS_PATH}/${id}`).sort(),
  );
  const renamed = graph.db.listConnectors().filter((c) => c.displayName?.endsWith(' (EU)'));
  expect(renamed.map((connector) => connector.id).sort()).toEqual([...RENAMED].sort());
});
