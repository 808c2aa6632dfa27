import { expect, type Locator, type Page } from '@playwright/test';

import { cellOf, connectorRows, exactly } from './connector-pages';

// The verdicts the seed gets under the default rules (a warning after 24 hours without contact,
// unhealthy from 3 days) and the shipped release table, written out from src/mocks/seed.ts,
// src/features/connectors/health/assess-health.ts and lifecycle/ rather than computed, so a change to
// any of them shows. The unsupported version stays so until 18 Aug 2027.
export const HEALTHY_EXPLANATION =
  'Active, connected within the last 24 hours, and on a supported version.';
export const NEWEST = '6.2510.3.2002';

export const OLD_INSTALL = {
  id: 'c24e8f16-5a3d-4b7e-8c19-2d6a4f0e9c03',
  name: 'Certificate Connector (old install)',
  leftover:
    'Possible reinstall leftover: 2 connectors run on CERT01.corp.contoso.com, and this one has been silent for 35 days. Consider deleting it in Intune.',
  reasons: [
    'Intune reports the connector as inactive.',
    'Last connected 35 days ago (unhealthy after 3 days).',
    'Version 6.2203.3.0: May stop working since 4 Nov 2023 (update to 6.2510.3.2002).',
  ],
  support: 'May stop working since 4 Nov 2023',
};

export const RETAIL = {
  id: '4c8f2b7a-6d3e-4f1c-a9b5-0e7d3a8c5f09',
  name: 'Retail stores SCEP',
  reasons: ['Last connected 4 days ago (unhealthy after 3 days).'],
};

export const APAC = {
  name: 'APAC SCEP',
  reasons: [
    'Intune reports the connector as inactive.',
    'Last connected 21 days ago (unhealthy after 3 days).',
    'Version 6.2009.1.0: Can no longer issue or revoke certificates (older than 6.2101.13.0: update to 6.2510.3.2002).',
  ],
};

export const LAB_WARNING = ['Last connected 1 day ago (warning after 24 hours).'];

export const UNNAMED = {
  id: 'e0a3f7c2-9d51-4a8b-b6e4-1f2c8d5a7e05',
  name: 'Unnamed connector',
  machine: 'PKI-NEW-03.corp.contoso.com',
  reasons: ['Intune has no state for the connector yet.'],
};

export const PKCS_EU = {
  id: '5b9e1d47-0c8a-4e2f-9d36-7a1c5e8b2d04',
  name: 'PKCS EU',
  reasons: ['Version 6.2406.0.2002: Unsupported since 18 Aug 2026 (update to 6.2510.3.2002).'],
  support: 'Unsupported since 18 Aug 2026',
  supportInWords:
    'Unsupported since 18 Aug 2026: update to 6.2510.3.2002; may stop working from 18 Aug 2027',
};

export const UNHEALTHY_NAMES = [APAC.name, OLD_INSTALL.name, RETAIL.name];
export const WARNING_NAMES = ['Lab connector', PKCS_EU.name, UNNAMED.name];
export const HEALTHY_NAMES = [
  'CERT01 – NDES primary',
  'CERT02 – NDES secondary',
  'NDES US East',
  'West coast NDES',
];

/** The seed's tenant findings, above the list. */
export const MIXED_VERSIONS =
  'Mixed versions: 6.2510.3.2002 on 7, 6.2406.0.2002 on 1, 6.2203.3.0 on 1, 6.2009.1.0 on 1 (Microsoft recommends one version for all)';

export const supportFilter = (page: Page) => page.getByRole('group', { name: 'Filter by support' });

/** The names in the order the list shows them. */
export const listedNames = (page: Page) => connectorRows(page).getByRole('link');

/** A row's verdict: its Health cell holds the label and, below it, every reason as a list item. */
export async function expectListVerdict(row: Locator, label: string, reasons: string[]) {
  const cell = await cellOf(row, 'Health');
  await expect(cell.getByText(exactly(label))).toBeVisible();
  await expect(cell.getByRole('listitem')).toHaveText(reasons);
}

/** The detail page's Health section: the verdict, then its explanation. */
export const healthPanel = (page: Page) => page.getByRole('region', { name: 'Health' });

export async function expectDetailVerdict(page: Page, label: string, reasons: string[]) {
  const panel = healthPanel(page);
  await expect(panel.getByText(exactly(label))).toBeVisible();
  await expect(panel.getByRole('listitem')).toHaveText(reasons);
}

export const healthFilter = (page: Page) => page.getByRole('group', { name: 'Filter by health' });

export const healthRulesDialog = (page: Page) => page.getByRole('dialog', { name: 'Health rules' });

/** Opens the rules from the list, sets the given fields and saves them. */
export async function saveHealthRules(page: Page, values: Record<string, string>) {
  await page.getByRole('button', { name: 'Health rules' }).click();
  const dialog = healthRulesDialog(page);
  for (const [label, value] of Object.entries(values)) {
    await dialog.getByRole('textbox', { name: label }).fill(value);
  }
  await dialog.getByRole('button', { name: 'Save rules' }).click();
  await expect(dialog).toBeHidden();
}

export const WARNING_AFTER = 'Warning after (hours without contact)';
export const UNHEALTHY_AFTER = 'Unhealthy after (days without contact)';
