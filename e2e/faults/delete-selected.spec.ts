import { bulkDialog } from '../support/bulk';
import { LEFTOVER } from '../support/delete-dialog';
import { test } from '../support/demo-test';

import { bulkRowTests, type BulkRow } from './support/bulk-rows';
import { deleteWatchedChanges, notDeleted } from './support/changed-elsewhere';
import { BATCH, LIST } from './support/connector-traffic';

const APAC = { id: '2d6b8e14-3f7a-4c9d-a1e5-8b0f4c6d2a06', name: 'APAC SCEP' };
const READ = `GET ${LIST}`;
const both = `POST ${BATCH} [DELETE ${LIST}/${LEFTOVER.id}, DELETE ${LIST}/${APAC.id}]`;
const apacAlone = `POST ${BATCH} [DELETE ${LIST}/${APAC.id}]`;
const leftoverAlone = `POST ${BATCH} [DELETE ${LIST}/${LEFTOVER.id}]`;
const ONE_FAILED = 'Not everything was applied. saved: 1, failed: 1.';

const ROWS: BulkRow[] = [
  {
    scenario: 'inner 429 on every attempt (decimal Retry-After)',
    fault: { kind: 'http-429', count: 3, retryAfter: { seconds: 0.249, format: 'seconds' } },
    hits: 3,
    outcome: 'Not applied (throttled)',
    detail: 'Graph throttled it 3 times; it was not processed.',
    other: 'Saved',
    summary: 'Not everything was applied. saved: 1, not applied (throttled): 1.',
    sent: [READ, both, apacAlone, apacAlone, READ],
    logged: 'not applied (throttled)',
  },
  {
    scenario: 'inner 503',
    fault: { kind: 'http-503' },
    hits: 1,
    outcome: 'Failed',
    detail:
      /^Graph answered HTTP 503 \(ServiceUnavailable\): The service is temporarily unavailable/,
    other: 'Saved',
    summary: ONE_FAILED,
    sent: [READ, both, READ],
    logged: 'failed',
  },
  {
    scenario: 'inner 404: it was already gone',
    fault: { kind: 'http-404' },
    hits: 1,
    outcome: 'Saved',
    detail: 'Already gone',
    other: 'Saved',
    summary: 'All 2 done.',
    sent: [READ, both, READ],
    logged: 'saved',
  },
  {
    scenario:
      'a lost answer (Graph deleted them, the batch answer never came): the read after shows them gone',
    fault: { kind: 'dropped-response' },
    hits: 1,
    outcome: 'Saved',
    detail: 'The answer was lost; the read after the run shows it done.',
    other: 'Saved',
    summary: 'All 2 done.',
    sent: [READ, both, READ],
    logged: 'saved',
  },
  ...deleteWatchedChanges('APAC SCEP (renamed)').map(({ what, changed, said }): BulkRow => ({
    scenario: `its ${what} changed before the send: left out, the other deleted`,
    changed,
    outcome: 'Conflict',
    detail: notDeleted(said),
    other: 'Saved',
    summary: 'Not everything was applied. saved: 1, conflict: 1.',
    sent: [READ, leftoverAlone, READ],
    logged: 'conflict',
  })),
];

test.beforeEach(() => test.slow());

bulkRowTests(
  {
    place: '$batch DELETE',
    method: 'DELETE',
    struck: APAC,
    other: LEFTOVER,
    start: 'Delete 2 connectors',
    ready: async (page) => {
      await page.goto('/connectors');
      for (const { name } of [LEFTOVER, APAC]) {
        await page.getByRole('checkbox', { name: `Select ${name}` }).check();
      }
      await page.getByRole('button', { name: 'Delete selected' }).click();
      await bulkDialog(page).getByRole('button', { name: 'Delete 2 connectors' }).waitFor();
    },
  },
  ROWS,
);
