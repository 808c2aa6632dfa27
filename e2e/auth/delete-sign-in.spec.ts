import { deleteDialog, LEFTOVER } from '../support/delete-dialog';

import { expect, signIn, test } from './support/fixtures';
import {
  documentResponses,
  requireSignInAfter,
  signInThroughPopup,
  writesReceived,
} from './support/popup-sign-in';

// A full sign-in, then a popup sign-in in the middle of the delete: the slow-test timeout.
test.slow();

const CONNECTOR_PATH = `/deviceManagement/ndesConnectors/${LEFTOVER.id}`;

test('a single delete that needs a sign-in pauses, and after a popup sign-in sends exactly one DELETE', async ({
  page,
  context,
  entra,
  graph,
}) => {
  // MSAL renews tokens within five minutes of expiry: every token is a refresh.
  entra.accessTokenLifetimeSeconds = 60;
  const documents = documentResponses(page);
  await signIn(page, `/connectors/${LEFTOVER.id}`, LEFTOVER.name);
  const appDocument = documents.at(-1);
  await page.evaluate(() => Reflect.set(window, 'e2eSameWindow', true));

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = deleteDialog(page, LEFTOVER.name);
  // The read before the DELETE still goes out with its token; the DELETE's renewal is refused.
  await requireSignInAfter(
    context,
    { entra, graph },
    (request) =>
      request.method() === 'GET' && new URL(request.url()).pathname.endsWith(LEFTOVER.id),
  );
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();

  await expect(dialog.getByText('Sign in again to continue')).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toContainText('The connector was not deleted: no DELETE was sent.');
  expect(writesReceived(graph.calls)).toEqual([]);
  const tokensBefore = entra.issuedAccessTokens.length;

  await signInThroughPopup(page, dialog.getByRole('button', { name: 'Sign in', exact: true }));

  await expect(page).toHaveURL(/\/connectors$/);
  await expect(page.getByRole('link', { name: LEFTOVER.name, exact: true })).toHaveCount(0);
  expect(writesReceived(graph.calls)).toEqual([`DELETE ${CONNECTOR_PATH}`]);
  expect(graph.db.getConnector(LEFTOVER.id)).toBeUndefined();
  // The DELETE carried a token issued after the popup sign-in.
  const deleteCall = graph.calls.find((call) => call.method === 'DELETE');
  const token = deleteCall?.authorization?.replace(/^Bearer /, '') ?? '';
  expect(entra.issuedAccessTokens.indexOf(token)).toBeGreaterThanOrEqual(tokensBefore);
  // The same window went on: the app moved to the list without loading the page again.
  expect(documents.at(-1)).toBe(appDocument);
  expect(await page.evaluate(() => Reflect.get(window, 'e2eSameWindow'))).toBe(true);
});
