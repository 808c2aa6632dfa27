import { readFile } from 'node:fs/promises';

import type { Download, Page } from '@playwright/test';

import { axeViolations, expectColorScheme } from '../support/axe';
import { expect, test } from '../support/demo-test';
import { CONNECTORS_URL, DEMO_TENANT_ID } from '../support/seeded';

import { armFault, clearRequestLog, loggedRequests } from './support/mock-graph';
import { openEditPage } from './support/places';
import { CERT01, NEW_NAME } from './support/seed';
import { submitEdit } from './support/submit-edit';

const ONE = '/deviceManagement/ndesConnectors/:id';
const FILE_NAME = /^ndes-connector-changes-\d{8}T\d{6}Z\.(csv|json)$/;
const REFUSED = 'CERT01 – refused by Graph';
const CONTESTED = 'CERT01 – contested';
const THEIRS = 'CERT01 – renamed by another admin';

const changesTable = (page: Page) =>
  page.getByRole('table', { name: 'Changes sent in this session' });
const rowFor = (page: Page, text: string) => changesTable(page).getByRole('row', { name: text });
const contents = async (download: Download) => readFile(await download.path(), 'utf8');

async function renameInTenant(page: Page, name: string) {
  const status = await page.evaluate(
    async ([url, displayName]) =>
      (
        await fetch(url, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ '@odata.type': '#microsoft.graph.ndesConnector', displayName }),
        })
      ).status,
    [`${CONNECTORS_URL}/${CERT01.id}`, name] as const,
  );
  expect(status).toBe(204);
}

/** A save, a refused save and a conflict, then the Changes page. Returns the saved PATCH's request-id. */
async function saveFailAndConflict(page: Page) {
  await openEditPage(page);
  await clearRequestLog(page);
  await submitEdit(page, { displayName: NEW_NAME });
  await expect(page.getByRole('alert').filter({ hasText: /^Saved\b/ })).toBeVisible();
  const [saved] = await loggedRequests(page, 'PATCH', ONE);

  await openEditPage(page);
  await armFault(page, { method: 'PATCH', path: ONE, kind: 'http-400' });
  await submitEdit(page, { displayName: REFUSED });
  await expect(page.getByRole('alert').filter({ hasText: 'Graph rejected' })).toBeVisible();

  await renameInTenant(page, THEIRS);
  await submitEdit(page, { displayName: CONTESTED });
  const conflict = page.getByRole('dialog', { name: 'Someone else changed this connector' });
  await conflict.getByRole('button', { name: 'Back to editing' }).click();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Changes' })
    .click();
  await page
    .getByRole('dialog', { name: 'Discard unsaved changes?' })
    .getByRole('button', { name: 'Discard changes' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Changes' })).toBeVisible();
  return saved?.requestId ?? '';
}

test(
  'changes: a save, a failure and a conflict are listed, and download as CSV and JSON',
  {
    annotation: {
      type: 'expected',
      description: 'three rows with outcome and ids; files named with UTC time',
    },
  },
  async ({ page }) => {
    const requestId = await saveFailAndConflict(page);

    const saved = rowFor(page, `${CERT01.name} → ${NEW_NAME}`);
    await expect(saved).toContainText('saved');
    await expect(saved).toContainText(CERT01.id);
    await expect(saved).toContainText(`request-id: ${requestId}`);
    await expect(rowFor(page, REFUSED)).toContainText('failed');
    await expect(rowFor(page, REFUSED)).toContainText('Graph rejected the request.');
    await expect(rowFor(page, CONTESTED)).toContainText('conflict');
    await expect(rowFor(page, CONTESTED)).toContainText(THEIRS);

    // By keyboard: the download buttons are reachable and work with Enter.
    const csvButton = page.getByRole('button', { name: 'Download CSV' });
    await csvButton.focus();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(csv.suggestedFilename()).toMatch(FILE_NAME);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const csvText = await contents(csv);
    // The demo lists several tenants: each row names the tenant the change went to.
    expect(
      csvText.startsWith('\uFEFFTime (UTC),Tenant,Tenant ID,Connector,Connector id,Field,'),
    ).toBe(true);
    const lines = csvText.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`,Contoso,${DEMO_TENANT_ID},${CERT01.name},`);
    expect(lines[1]).toContain(`,${CERT01.id},Display name,${CERT01.name},${NEW_NAME},saved,`);
    expect(lines[1]).toContain(requestId);
    expect(lines[2]).toContain(`,${REFUSED},failed,`);
    expect(lines[3]).toContain(`,${CONTESTED},conflict,`);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const { changes } = JSON.parse(await contents(json)) as { changes: { outcome: string }[] };
    expect(changes.map((change) => change.outcome)).toEqual(['saved', 'failed', 'conflict']);

    await page.reload();
    await expect(rowFor(page, REFUSED)).toBeVisible();
  },
);

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test(`changes: the empty page and the filled one are axe-clean (${colorScheme})`, async ({
      page,
    }) => {
      await page.goto('/changes');
      await expectColorScheme(page, colorScheme);
      await expect(page.getByText(/No changes sent yet/)).toBeVisible();
      await expect(page.getByRole('link', { name: 'Intune admin center' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);

      await openEditPage(page);
      await submitEdit(page, { displayName: NEW_NAME });
      await expect(page.getByRole('alert').filter({ hasText: /^Saved\b/ })).toBeVisible();
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Changes' })
        .click();
      await expect(changesTable(page)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
