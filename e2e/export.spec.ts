import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import { parseCsv } from '../scripts/parse-csv.mjs';

import { chooseMenuItem } from './support/animations';
import { popupAxeViolations, expectColorScheme } from './support/axe';
import { openApp } from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { CERT01, CONNECTORS_URL, SEEDED_CONNECTOR_COUNT } from './support/seeded';

const FORMULA = '=HYPERLINK("https://evil.example","x")';

async function exportAs(page: Page, item: RegExp) {
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await chooseMenuItem(page, item);
  const file = await download;
  return {
    name: file.suggestedFilename(),
    text: await readFile((await file.path()) ?? '', 'utf8'),
  };
}

test('CSV: every connector of the filter, BOM, tenant and UTC time in the name, formulas defused', async ({
  page,
}) => {
  await openApp(page);
  const status = await page.evaluate(
    async ([url, name]) =>
      (
        await fetch(url, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            '@odata.type': '#microsoft.graph.ndesConnector',
            displayName: name,
          }),
        })
      ).status,
    [`${CONNECTORS_URL}/${CERT01.id}`, FORMULA] as const,
  );
  expect(status).toBe(204);
  await page.reload();
  const { name, text } = await exportAs(page, /Download CSV/);
  expect(name).toMatch(/^ndes-connectors-contoso-\d{8}T\d{4}Z\.csv$/);
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.slice(1).split('\r\n')[0]).toBe(
    'Display name,State,Scope tags,Machine name,Connector version,Last connection,Enrolled,Id,Health,Health reasons,Support',
  );
  const table = parseCsv(text);
  expect(table).toHaveLength(SEEDED_CONNECTOR_COUNT + 1);
  for (const record of table) expect(record).toHaveLength(11);
  expect(table.map((record) => record[7]).slice(1)).toContain(CERT01.id);
  expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
  expect(text).toContain(CERT01.machine);
  const cert01 = table.find((record) => record[7] === CERT01.id);
  expect(cert01?.[10]).toBe('Supported: newest release (18 Feb 2026)');
});

test('JSON: raw and formatted values with the health verdict', async ({ page }) => {
  await openApp(page);
  const { name, text } = await exportAs(page, /Download JSON/);
  expect(name).toMatch(/^ndes-connectors-contoso-\d{8}T\d{4}Z\.json$/);
  const json = JSON.parse(text) as { connectors: { id: string; health: { verdict: string } }[] };
  expect(json.connectors).toHaveLength(SEEDED_CONNECTOR_COUNT);
  expect(json.connectors.find((c) => c.id === CERT01.id)?.health.verdict).toBe('Healthy');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('the export menu has no axe violations', async ({ page }) => {
      await openApp(page);
      await expectColorScheme(page, colorScheme);
      await page.getByRole('button', { name: 'Export' }).click();
      await expect(page.getByRole('menuitem', { name: /Download CSV/ })).toBeVisible();
      expect(await popupAxeViolations(page)).toEqual([]);
    });
  });
}
