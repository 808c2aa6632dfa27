import type { Page } from '@playwright/test';

import { armFaultBeforeLoad } from './faults/support/mock-graph';
import { chooseMenuItem } from './support/animations';
import { axeViolations, expectColorScheme } from './support/axe';
import { connectorRows } from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { snapshotKept } from './support/last-visit';
import { renameConnectorInTenant } from './support/mock-tenant';
import { CERT01, SEEDED_CONNECTOR_COUNT } from './support/seeded';

const panel = (page: Page) => page.getByRole('region', { name: /^Since your last visit/ });

async function openList100(page: Page) {
  await page.goto('/connectors');
  await expect(connectorRows(page)).toHaveCount(100);
}

async function openList(page: Page) {
  await page.goto('/connectors');
  await expect(connectorRows(page)).toHaveCount(SEEDED_CONNECTOR_COUNT);
}

test('a rename made in another tab shows on the next visit, old → new, until marked as seen', async ({
  page,
  context,
}) => {
  await openList(page);
  await expect(panel(page)).toHaveCount(0);
  await snapshotKept(page);

  const other = await context.newPage();
  await openList(other);
  expect(await renameConnectorInTenant(other, CERT01.id, 'PKI-01')).toBeLessThan(300);
  await other.close();

  await openList(page);
  await expect(panel(page)).toContainText('Since your last visit (');
  await expect(panel(page).getByRole('listitem')).toHaveText([`Renamed: ${CERT01.name} → PKI-01`]);
  await panel(page).getByRole('button', { name: 'Mark as seen' }).click();
  await expect(panel(page)).toHaveCount(0);

  await openList(page);
  await expect(panel(page)).toHaveCount(0);
});

test('replacing the demo data forgets the snapshots of the old data: no "Since your last visit" for it', async ({
  page,
}) => {
  await openList(page);
  await snapshotKept(page);

  await page.getByRole('banner').getByRole('button', { name: 'More demo tenants' }).click();
  await chooseMenuItem(page, /^Load a large tenant/);
  await expect(connectorRows(page)).toHaveCount(100);
  await expect(page.getByText('Demo data reset: Contoso has 100 connectors')).toBeVisible();
  await expect(panel(page)).toHaveCount(0);
  // The next visit is a first one: its snapshot is kept, and nothing compares it with the old data.
  await openList100(page);
  await snapshotKept(page);
  await expect(panel(page)).toHaveCount(0);
});

test('the fleet opens from the last visit’s snapshots, with their age, before Graph answers', async ({
  page,
}) => {
  await page.goto('/fleet');
  await expect(page.getByText('Loaded 3 of 3 tenants')).toBeVisible();
  const counted = await page.getByRole('status').filter({ hasText: 'Loaded' }).textContent();

  // Every tenant's list answers five seconds late: what shows first is the snapshot.
  await armFaultBeforeLoad(page, {
    method: 'GET',
    path: '/deviceManagement/ndesConnectors',
    kind: 'latency',
    latencyMs: 5_000,
    count: 3,
  });
  await page.goto('/fleet');
  const tenants = page.getByRole('table', { name: 'Tenants' });
  await expect(tenants.getByText(/^As of /)).toHaveCount(3);
  await expect(page.getByText('Loaded 0 of 3 tenants')).toBeVisible();
  const connectors = counted?.split('·')[1]?.trim() ?? '';
  await expect(page.getByRole('status').filter({ hasText: 'Loaded' })).toContainText(connectors);
  await expect(page.getByText('Loaded 3 of 3 tenants')).toBeVisible({ timeout: 15_000 });
  await expect(tenants.getByText(/^As of /)).toHaveCount(0);
  await expect(tenants.getByText('No changes')).toHaveCount(3);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('the panel has no axe violations', async ({ page }) => {
      await openList(page);
      expect(await renameConnectorInTenant(page, CERT01.id, 'PKI-01')).toBeLessThan(300);
      await openList(page);
      await expect(panel(page)).toBeVisible();
      await expectColorScheme(page, colorScheme);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
