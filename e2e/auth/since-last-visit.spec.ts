import { snapshotKept } from '../support/last-visit';

import { expect, signIn, test } from './support/fixtures';

const CERT01 = { id: '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01', name: 'CERT01 – NDES primary' };

test('signed in, a rename made elsewhere shows on the next visit, old → new', async ({
  page,
  graph,
}) => {
  await signIn(page);
  await expect(page.getByRole('link', { name: CERT01.name })).toBeVisible();
  const panel = page.getByRole('region', { name: /^Since your last visit/ });
  await expect(panel).toHaveCount(0);
  await snapshotKept(page);

  // Another admin renames it in the Intune admin center.
  graph.db.updateConnector(CERT01.id, { displayName: 'PKI-01' });
  await page.reload();
  await expect(panel.getByRole('listitem')).toHaveText([`Renamed: ${CERT01.name} → PKI-01`]);
});
