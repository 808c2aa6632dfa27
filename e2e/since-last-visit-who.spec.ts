import type { Page } from '@playwright/test';

import { axeViolations, expectColorScheme } from './support/axe';
import { connectorRows } from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { captureAuditReads } from './support/graph-requests';
import { snapshotKept } from './support/last-visit';
import { renameConnectorInTenant } from './support/mock-tenant';
import { CERT01, LAB, SEEDED_CONNECTOR_COUNT } from './support/seeded';

// The mock Graph records a write sent from outside the app (renameConnectorInTenant) as this admin's.
const ANOTHER_ADMIN = 'alex.wilber@contoso.example';

const panel = (page: Page) => page.getByRole('region', { name: /^Since your last visit/ });

async function openList(page: Page) {
  await page.goto('/connectors');
  await expect(connectorRows(page)).toHaveCount(SEEDED_CONNECTOR_COUNT);
}

/** Opens CERT01's History and allows reading audit data, once, in this tab. */
async function allowHistory(page: Page) {
  await page.goto(`/connectors/${CERT01.id}`);
  await page.getByRole('button', { name: 'Show who changed what' }).click();
  await page
    .getByRole('region', { name: 'Audit data access' })
    .getByRole('button', { name: 'Allow reading Intune audit data' })
    .click();
  const changes = page.getByRole('list', { name: 'Changes, newest first' });
  await expect(changes.getByRole('listitem').first()).toBeVisible();
}

test('once History was allowed, a rename by another admin shows who made it on the next visit', async ({
  page,
}) => {
  const reads = captureAuditReads(page);
  await openList(page);
  await snapshotKept(page);
  expect(await renameConnectorInTenant(page, LAB.id, 'Lab connector 2')).toBeLessThan(300);

  // Before History was ever allowed: the change, no name, and nothing asked of the audit log.
  await openList(page);
  await expect(panel(page).getByRole('listitem')).toHaveText([
    `Renamed: ${LAB.name} → Lab connector 2`,
  ]);
  // The names would be asked for just after the panel shows: give that time to happen, or not.
  await page.waitForTimeout(1_000);
  expect(reads, 'audit reads from the list before History was allowed').toHaveLength(0);
  // Not even the token was asked for: that would have ended in "Open a connector's History…".
  await expect(panel(page)).not.toContainText('History');
  await panel(page).getByRole('button', { name: 'Mark as seen' }).click();

  await allowHistory(page);
  expect(reads).toHaveLength(1);
  expect(await renameConnectorInTenant(page, CERT01.id, 'PKI-01')).toBeLessThan(300);

  await openList(page);
  const item = panel(page).getByRole('listitem');
  await expect(item).toHaveText([
    new RegExp(`^Renamed: ${CERT01.name} → PKI-01 by ${ANOTHER_ADMIN}, (just now|.+ ago)$`),
  ]);
  expect(reads).toHaveLength(2);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('the panel with who made each change has no axe violations', async ({ page }) => {
      await allowHistory(page);
      await openList(page);
      await snapshotKept(page);
      expect(await renameConnectorInTenant(page, CERT01.id, 'PKI-01')).toBeLessThan(300);
      await openList(page);
      await expect(panel(page)).toContainText(`by ${ANOTHER_ADMIN}`);
      await expectColorScheme(page, colorScheme);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
