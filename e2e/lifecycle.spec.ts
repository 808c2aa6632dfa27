import type { Page } from '@playwright/test';

import { axeViolations, expectColorScheme } from './support/axe';
import {
  cellOf,
  connectorRow,
  connectorRows,
  connectorsTable,
  exactly,
  openApp,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import {
  APAC,
  healthPanel,
  listedNames,
  MIXED_VERSIONS,
  OLD_INSTALL,
  PKCS_EU,
  supportFilter,
} from './support/health';
import { expectNoHorizontalScroll } from './support/layout';
import { CERT01, SEEDED_CONNECTOR_COUNT } from './support/seeded';

const findings = (page: Page) => page.getByRole('region', { name: 'Tenant findings' });

test('each connector shows its support status, and the list filters by it', async ({ page }) => {
  await openApp(page);
  await expect(await cellOf(connectorRow(page, CERT01.name), 'Support')).toHaveText('Supported');
  await expect(await cellOf(connectorRow(page, PKCS_EU.name), 'Support')).toHaveText(
    PKCS_EU.support,
  );
  await expect(await cellOf(connectorRow(page, OLD_INSTALL.name), 'Support')).toHaveText(
    OLD_INSTALL.support,
  );
  await expect(await cellOf(connectorRow(page, APAC.name), 'Support')).toHaveText(
    'Can no longer issue or revoke certificates',
  );

  const filter = supportFilter(page);
  await expect(filter.getByRole('button')).toHaveText([
    `All (${SEEDED_CONNECTOR_COUNT})`,
    'Supported (7)',
    'Unsupported (1)',
    'May stop working (1)',
    "Can't issue (1)",
    'Unknown (0)',
  ]);
  await filter.getByRole('button', { name: 'Unsupported (1)' }).click();
  await expect(page).toHaveURL(/[?&]support=unsupported(&|$)/);
  await expect(listedNames(page)).toHaveText([PKCS_EU.name]);

  await page.goto('/connectors?support=cannot-issue');
  await expect(listedNames(page)).toHaveText([APAC.name]);
  await filter.getByRole('button', { name: `All (${SEEDED_CONNECTOR_COUNT})` }).click();
  await expect(connectorRows(page)).toHaveCount(SEEDED_CONNECTOR_COUNT);

  await connectorsTable(page).getByRole('button', { name: 'Support', exact: true }).click();
  await expect(page).toHaveURL(/[?&]sort=support&dir=asc(&|$)/);
  await expect(listedNames(page).first()).toHaveText(APAC.name);
});

test("the tenant's findings stand above the list", async ({ page }) => {
  await openApp(page);
  await expect(findings(page).getByRole('note')).toHaveText([MIXED_VERSIONS]);
  const findingsBox = await findings(page).boundingBox();
  const tableBox = await connectorsTable(page).boundingBox();
  expect(findingsBox && tableBox && findingsBox.y < tableBox.y).toBe(true);
});

test('the detail page gives the support status with its dates in words', async ({ page }) => {
  await page.goto(`/connectors/${PKCS_EU.id}`);
  await expect(page.getByRole('heading', { level: 1, name: PKCS_EU.name })).toBeVisible();
  await expect(healthPanel(page)).toContainText(`Support: ${PKCS_EU.supportInWords}`);
  await expect(healthPanel(page).getByRole('listitem')).toHaveText(PKCS_EU.reasons);

  await page.goto(`/connectors/${CERT01.id}`);
  await expect(healthPanel(page)).toContainText('Support: Supported: newest release (18 Feb 2026)');
});

for (const width of [1280, 1400]) {
  test(`at ${width} px every column of the list is on screen, with no sideways scroll`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page);
    await expect(await cellOf(connectorRow(page, CERT01.name), 'Scope tags')).toHaveText(
      'DefaultHeadquarters',
    );
    const headers = connectorsTable(page).getByRole('columnheader');
    await expect(headers.filter({ hasText: exactly('Support') })).toHaveCount(1);
    for (const header of await headers.all()) {
      const box = await header.boundingBox();
      expect(box, await header.innerText()).not.toBeNull();
      expect(
        (box?.x ?? 0) + (box?.width ?? Infinity),
        await header.innerText(),
      ).toBeLessThanOrEqual(width);
    }
    await expectNoHorizontalScroll(page);
    const table = connectorsTable(page);
    expect(
      await table.evaluate((node) => node.parentElement?.scrollWidth ?? Infinity),
    ).toBeLessThanOrEqual(await table.evaluate((node) => node.parentElement?.clientWidth ?? 0));
  });
}

test('the health reasons are one line in the row, shown whole on hover and on focus', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page);
  const reasons = (await cellOf(connectorRow(page, OLD_INSTALL.name), 'Health')).getByRole('list', {
    name: 'Reasons',
  });
  const lineHeight = (await reasons.boundingBox())?.height ?? 0;
  expect(lineHeight).toBeLessThan(30);

  await reasons.locator('xpath=..').focus();
  await expect.poll(async () => (await reasons.boundingBox())?.height ?? 0).toBeGreaterThan(60);
  await reasons.locator('xpath=..').blur();
  await expect.poll(async () => (await reasons.boundingBox())?.height ?? 0).toBeLessThan(30);
  await reasons.hover();
  await expect.poll(async () => (await reasons.boundingBox())?.height ?? 0).toBeGreaterThan(60);
});

test('a long name is cut with an ellipsis and kept whole in its title', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page);
  const link = connectorRow(page, OLD_INSTALL.name).getByRole('link', { name: OLD_INSTALL.name });
  await expect(link).toHaveAttribute('title', OLD_INSTALL.name);
  await expect(link).toHaveCSS('text-overflow', 'ellipsis');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('the list with its findings and support column has no axe violations', async ({
      page,
    }) => {
      await openApp(page);
      await expect(findings(page).getByRole('note')).toHaveCount(1);
      await expect(await cellOf(connectorRow(page, CERT01.name), 'Scope tags')).toHaveText(
        'DefaultHeadquarters',
      );
      await expectColorScheme(page, colorScheme);
      expect(await axeViolations(page)).toEqual([]);
      await (
        await cellOf(connectorRow(page, OLD_INSTALL.name), 'Health')
      )
        .getByRole('list', { name: 'Reasons' })
        .locator('xpath=..')
        .focus();
      expect(await axeViolations(page), 'with the reasons open').toEqual([]);
    });

    test('the detail page with its support status has no axe violations', async ({ page }) => {
      await page.goto(`/connectors/${PKCS_EU.id}`);
      await expect(healthPanel(page)).toContainText(PKCS_EU.supportInWords);
      await expectColorScheme(page, colorScheme);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
