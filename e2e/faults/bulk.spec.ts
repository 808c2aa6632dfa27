import type { Page } from '@playwright/test';

import type { FaultSpec } from '../../src/features/demo/model/faults';
import { batchPosts, bulkDialog, captureGraphRequests, reviewSuffixOnAll } from '../support/bulk';
import { openApp } from '../support/connector-pages';
import { expect, test } from '../support/demo-test';
import { CERT01, SEEDED_CONNECTOR_COUNT } from '../support/seeded';

import { armFault, clearRequestLog, faultHits, loggedRequests } from './support/mock-graph';

const LIST = '/deviceManagement/ndesConnectors';
const BATCH = '/$batch';
const ON_CERT01 = {
  scope: 'batch',
  method: 'PATCH',
  path: `${LIST}/${CERT01.id}`,
} satisfies Partial<FaultSpec>;

type Row = {
  scenario: string;
  fault: Omit<FaultSpec, 'scope' | 'method' | 'path'>;
  /** CERT01's row in the results: its outcome and words. */
  outcome: string;
  detail: string | RegExp;
  /** The outer requests, in order: the check, each `$batch`, the read that verifies the run. */
  sent: string[];
  hits: number;
  /** The summary line; "Not everything was applied" unless the run ends with everything done. */
  summary?: string;
};

const ROWS: Row[] = [
  {
    scenario: 'accepted but not applied (204, Graph keeps its value)',
    fault: { kind: 'accept-ignore' },
    outcome: 'Not applied',
    detail: `Graph accepted the change, but Display name still reads ${CERT01.name}. Intune may manage this field itself.`,
    sent: [`GET ${LIST}`, `POST ${BATCH}`, `GET ${LIST}`],
    hits: 1,
  },
  {
    scenario: 'inner 429 on every attempt (decimal Retry-After)',
    fault: { kind: 'http-429', count: 3, retryAfter: { seconds: 0.249, format: 'seconds' } },
    outcome: 'Not applied (throttled)',
    detail: 'Graph throttled it 3 times; it was not processed.',
    sent: [`GET ${LIST}`, `POST ${BATCH}`, `POST ${BATCH}`, `POST ${BATCH}`, `GET ${LIST}`],
    hits: 3,
  },
  {
    scenario: 'inner 503',
    fault: { kind: 'http-503' },
    outcome: 'Failed',
    detail: /^Graph answered HTTP 503 \(ServiceUnavailable\)/,
    sent: [`GET ${LIST}`, `POST ${BATCH}`, `GET ${LIST}`],
    hits: 1,
  },
  {
    scenario:
      'a lost answer (Graph applied it, the batch answer never came): the read after shows it done',
    fault: { kind: 'dropped-response' },
    outcome: 'Saved',
    detail: 'The answer was lost; the read after the run shows it done.',
    summary: 'All 10 done.',
    sent: [`GET ${LIST}`, `POST ${BATCH}`, `GET ${LIST}`],
    hits: 1,
  },
];

const cert01Result = (page: Page) =>
  bulkDialog(page)
    .getByRole('table', { name: 'Results' })
    .getByRole('row', { name: new RegExp(`^${CERT01.name}`) });

const connectorTraffic = async (page: Page) =>
  (await loggedRequests(page))
    .filter((entry) => entry.path === LIST || entry.path === BATCH)
    .map((entry) => `${entry.method} ${entry.path}`);

test.beforeEach(() => test.slow());

for (const row of ROWS) {
  test(`$batch: ${row.scenario}`, async ({ page }) => {
    await openApp(page);
    await reviewSuffixOnAll(page, ' (EU)');
    await clearRequestLog(page);
    const fault = await armFault(page, { ...ON_CERT01, ...row.fault });

    await bulkDialog(page)
      .getByRole('button', { name: /^Apply/ })
      .click();

    await expect(cert01Result(page)).toContainText(row.outcome, { timeout: 20_000 });
    await expect(cert01Result(page).getByRole('cell').nth(1)).toHaveText(row.detail);
    await expect(bulkDialog(page).getByRole('status')).toContainText(
      row.summary ?? 'Not everything was applied',
    );
    expect(await faultHits(page, fault.id)).toBe(row.hits);
    expect(await connectorTraffic(page)).toEqual(row.sent);
  });
}

test('$batch: after Cancel no $batch leaves', async ({ page }) => {
  await openApp(page);
  await reviewSuffixOnAll(page, ' (EU)');
  const fault = await armFault(page, {
    ...ON_CERT01,
    kind: 'http-429',
    retryAfter: { seconds: 5, format: 'seconds' },
  });
  const requests = captureGraphRequests(page);
  await bulkDialog(page)
    .getByRole('button', { name: /^Apply/ })
    .click();
  await expect(bulkDialog(page).getByText(/waiting 5\.0 s as Graph asked/)).toBeVisible();
  await bulkDialog(page).getByRole('button', { name: 'Cancel' }).click();

  await expect(cert01Result(page)).toContainText('Cancelled');
  // Past the Retry-After the run had waited for: the resend it would have made never goes out.
  await page.waitForTimeout(6_000);
  expect(await faultHits(page, fault.id)).toBe(1);
  expect(batchPosts(requests)).toHaveLength(1);
  await expect(
    bulkDialog(page).getByRole('table', { name: 'Results' }).getByText('Saved'),
  ).toHaveCount(SEEDED_CONNECTOR_COUNT - 1);
});

test('a reload mid-run keeps in the Changes log what was applied before it', async ({ page }) => {
  await openApp(page);
  await reviewSuffixOnAll(page, ' (EU)');
  // CERT01 waits 30 s to be sent again: the reload comes after the first batch answered.
  await armFault(page, {
    ...ON_CERT01,
    kind: 'http-429',
    retryAfter: { seconds: 30, format: 'seconds' },
  });
  await bulkDialog(page)
    .getByRole('button', { name: /^Apply/ })
    .click();
  await expect(bulkDialog(page).getByText(/waiting 30\.0 s as Graph asked/)).toBeVisible();

  await page.reload();
  await page.goto('/changes');

  const changes = page.getByRole('table', { name: 'Changes sent in this session' });
  await expect(changes.getByRole('row').filter({ hasText: ' (EU)' })).toHaveCount(
    SEEDED_CONNECTOR_COUNT - 1,
  );
  await expect(changes.getByRole('row').filter({ hasText: `${CERT01.name} (EU)` })).toHaveCount(0);
});
