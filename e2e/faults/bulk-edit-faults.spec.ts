import type { Page } from '@playwright/test';

import type { Connector } from '../../src/features/connectors/model/connector';
import { bulkDialog, renameWithSuffix, selectionToolbar } from '../support/bulk';
import { test } from '../support/demo-test';
import { CERT01 } from '../support/seeded';

import { bulkRowTests, type BulkPlace, type BulkRow } from './support/bulk-rows';
import { BATCH, LIST } from './support/connector-traffic';

const CERT02 = { id: '8a7d5c3b-2e19-4f6a-b0d4-6e1f9c2a3b02', name: 'CERT02 – NDES secondary' };
const READ = `GET ${LIST}`;
const both = `POST ${BATCH} [PATCH ${LIST}/${CERT01.id}, PATCH ${LIST}/${CERT02.id}]`;
const cert01Alone = `POST ${BATCH} [PATCH ${LIST}/${CERT01.id}]`;
const cert02Alone = `POST ${BATCH} [PATCH ${LIST}/${CERT02.id}]`;

/** What the admin asks of both connectors: a suffix, a state, or one more scope tag. */
const EDITS = {
  rename: (page: Page) => renameWithSuffix(page, ' (EU)'),
  state: async (page: Page) => {
    await bulkDialog(page).getByRole('combobox', { name: 'State' }).click();
    await page.getByRole('option', { name: /^Inactive/ }).click();
  },
  'scope tags': async (page: Page) => {
    await bulkDialog(page).getByRole('combobox', { name: 'Add scope tags' }).click();
    await page.getByRole('option', { name: 'Europe' }).click();
  },
};

const editing = (edit: keyof typeof EDITS): BulkPlace => ({
  place: '$batch PATCH',
  method: 'PATCH',
  struck: { id: CERT01.id, name: CERT01.name },
  other: CERT02,
  start: 'Apply 2 changes',
  ready: async (page) => {
    await page.goto('/connectors');
    for (const { name } of [CERT01, CERT02]) {
      await page.getByRole('checkbox', { name: `Select ${name}` }).check();
    }
    await selectionToolbar(page).getByRole('button', { name: 'Edit selected' }).click();
    await EDITS[edit](page);
    await bulkDialog(page).getByRole('button', { name: 'Review' }).click();
    await bulkDialog(page).getByRole('table', { name: 'Preview of the changes' }).waitFor();
  },
});

/** Graph answers 204 for CERT01 and keeps `field`, which still reads `reads`. */
const acceptedNotApplied = (field: string, label: string, reads: string): BulkRow => ({
  scenario: `accepted but not applied (204, Graph keeps ${field})`,
  fault: { kind: 'accept-ignore', target: field },
  hits: 1,
  outcome: 'Not applied',
  detail: `Graph accepted the change, but ${label} still reads ${reads}. Intune may manage this field itself.`,
  other: 'Saved',
  summary: 'Not everything was applied. saved: 1, not applied: 1.',
  sent: [READ, both, READ],
  logged: 'not applied',
});

const RENAMES: BulkRow[] = [
  {
    scenario: 'inner 429 once, then saved after its decimal Retry-After',
    fault: { kind: 'http-429', retryAfter: { seconds: 0.249, format: 'seconds' } },
    hits: 1,
    outcome: 'Saved',
    detail: '',
    other: 'Saved',
    summary: 'All 2 done.',
    sent: [READ, both, cert01Alone, READ],
    logged: 'saved',
  },
  {
    scenario: 'inner 400 with Graph’s error message',
    fault: { kind: 'http-400', message: 'The display name is longer than Intune allows.' },
    hits: 1,
    outcome: 'Failed',
    detail: 'Graph answered HTTP 400 (BadRequest): The display name is longer than Intune allows.',
    other: 'Saved',
    summary: 'Not everything was applied. saved: 1, failed: 1.',
    sent: [READ, both, READ],
    logged: 'failed',
  },
  acceptedNotApplied('displayName', 'Display name', CERT01.name),
  ...(
    [
      ['display name', { displayName: 'CERT01 (renamed)' }, 'Someone changed display name'],
      ['machine name', { machineName: 'CERT09.corp.contoso.com' }, 'Someone changed machine name'],
      ['scope tags', { roleScopeTagIds: ['0'] }, 'Someone changed scope tags'],
      ['state', { state: 'inactive' }, 'Its state changed to Inactive'],
    ] satisfies [string, Partial<Connector>, string][]
  ).map(([what, changed, said]): BulkRow => ({
    scenario: `its ${what} changed before the send: left out, the other saved`,
    changed,
    outcome: 'Conflict',
    detail: `${said} since the preview.`,
    other: 'Saved',
    summary: 'Not everything was applied. saved: 1, conflict: 1.',
    sent: [READ, cert02Alone, READ],
    logged: 'conflict',
  })),
];

test.beforeEach(() => test.slow());

bulkRowTests(editing('rename'), RENAMES);
bulkRowTests(editing('state'), [acceptedNotApplied('state', 'State', 'Active (active)')]);
bulkRowTests(editing('scope tags'), [
  acceptedNotApplied('roleScopeTagIds', 'Scope tags', CERT01.scopeTags.join(', ')),
]);
