import type { Page } from '@playwright/test';

import type { Connector } from '../../src/features/connectors/model/connector';
import type { FaultSpec } from '../../src/features/demo/model/faults';
import { deleteDialog, LEFTOVER, openDetail } from '../support/delete-dialog';
import { expect, test } from '../support/demo-test';

import { deleteWatchedChanges, notDeleted } from './support/changed-elsewhere';
import { changeElsewhere, changesAbout, connectorTraffic, LIST } from './support/connector-traffic';
import { armFault, clearRequestLog, faultHits, loggedRequests } from './support/mock-graph';

const ONE = `${LIST}/${LEFTOVER.id}`;
const READ = `GET ${ONE}`;
const DELETE = `DELETE ${ONE}`;
const onDelete = (fault: Omit<FaultSpec, 'method' | 'path'>): FaultSpec => ({
  method: 'DELETE',
  path: ONE,
  ...fault,
});
/** Lets the read before the DELETE through, so that a later fault strikes the re-check. */
const PASS_READ: FaultSpec = { method: 'GET', path: ONE, kind: 'latency', latencyMs: 0 };
const NOT_DELETED = 'The connector was not deleted';
const GRAPH_5XX = 'Microsoft Graph had a problem answering.';

type Row = {
  scenario: string;
  faults: FaultSpec[];
  /** How often each fault answered, in the order armed. */
  hits: number[];
  /** Changed in Graph after the dialog opened, before Delete is pressed. */
  changed?: Partial<Connector>;
  /** The dialog's alert after the attempt; a toast and the list when the connector is gone. */
  shows: { alert: string | RegExp; text?: string } | { gone: string | RegExp };
  sent: string[];
  /** The Changes page's row: outcome, then its words; the request whose request-id it carries. */
  logged: { outcome: string; detail: string | RegExp; requestId: 'DELETE' | 'GET' | null };
};

/** Changed in Graph while the dialog was open: the one read before sending finds it, no DELETE goes out. */
const changedRows = (): Row[] =>
  deleteWatchedChanges('Old install (renamed)').map(({ what, changed, said }) => ({
    scenario: `its ${what} changed before the send: nothing is deleted`,
    faults: [],
    hits: [],
    changed,
    // The alert goes on to show the connector as Intune has it now: the words start it.
    shows: {
      alert:
        typeof said === 'string'
          ? notDeleted(said)
          : new RegExp(`${said.source}, so it was not deleted\\.`),
    },
    sent: [READ],
    logged: { outcome: 'conflict', detail: notDeleted(said), requestId: null },
  }));

const ROWS: Row[] = [
  {
    scenario: '429 three times: attempts run out (decimal Retry-After)',
    faults: [
      onDelete({ kind: 'http-429', count: 3, retryAfter: { seconds: 0.2, format: 'seconds' } }),
    ],
    hits: [3],
    shows: { alert: NOT_DELETED, text: 'Graph is throttling requests.' },
    sent: [READ, DELETE, DELETE, DELETE],
    logged: { outcome: 'failed', detail: /^Graph is throttling requests\./, requestId: 'DELETE' },
  },
  {
    scenario: '503 three times: attempts run out',
    faults: [
      onDelete({ kind: 'http-503', count: 3, retryAfter: { seconds: 0.2, format: 'seconds' } }),
    ],
    hits: [3],
    shows: { alert: NOT_DELETED, text: GRAPH_5XX },
    sent: [READ, DELETE, DELETE, DELETE],
    logged: { outcome: 'failed', detail: new RegExp(`^${GRAPH_5XX}`), requestId: 'DELETE' },
  },
  {
    scenario: '500 once: not sent again by itself',
    faults: [onDelete({ kind: 'http-500' })],
    hits: [1],
    shows: { alert: NOT_DELETED, text: 'An internal server error has occurred' },
    sent: [READ, DELETE],
    logged: { outcome: 'failed', detail: new RegExp(`^${GRAPH_5XX}`), requestId: 'DELETE' },
  },
  {
    scenario: '403 Forbidden',
    faults: [onDelete({ kind: 'http-403' })],
    hits: [1],
    shows: { alert: NOT_DELETED, text: 'an Intune role that can delete connectors' },
    sent: [READ, DELETE],
    logged: { outcome: 'failed', detail: /^You do not have permission/, requestId: 'DELETE' },
  },
  {
    scenario: '404: it was already gone',
    faults: [onDelete({ kind: 'http-404' })],
    hits: [1],
    shows: { gone: `“${LEFTOVER.name}” was already gone from the tenant.` },
    sent: [READ, DELETE],
    logged: { outcome: 'saved', detail: 'Already gone', requestId: 'DELETE' },
  },
  {
    scenario: 'a lost answer after Graph deleted it: the re-check finds it gone',
    faults: [onDelete({ kind: 'dropped-response' })],
    hits: [1],
    shows: {
      gone: `Deleted “${LEFTOVER.name}”: the answer was lost, and reading it again found nothing.`,
    },
    sent: [READ, DELETE, READ],
    logged: {
      outcome: 'saved',
      detail: 'The answer was lost; reading it again found it gone.',
      // The read that found it gone answered; the DELETE's answer never came.
      requestId: 'GET',
    },
  },
  {
    scenario: 'a lost answer before Graph deleted it: the re-check finds it still there',
    faults: [onDelete({ kind: 'network-error' })],
    hits: [1],
    shows: { alert: 'No answer came back; the connector is still there' },
    sent: [READ, DELETE, READ],
    logged: {
      outcome: 'failed',
      detail: 'The answer was lost; reading it again found it still there, so it was not deleted.',
      requestId: null,
    },
  },
  {
    scenario: 'a lost answer, and the re-check fails too',
    faults: [PASS_READ, onDelete({ kind: 'network-error' }), { ...PASS_READ, kind: 'http-500' }],
    hits: [1, 1, 1],
    shows: { alert: 'No answer came back, and the connector could not be read again' },
    sent: [READ, DELETE, READ],
    logged: {
      outcome: 'may have been applied',
      detail: 'The answer was lost, and reading it again failed too: it may or may not be deleted.',
      requestId: null,
    },
  },
  ...changedRows(),
];

const answeredRequestId = async (page: Page, method: string) =>
  (await loggedRequests(page, method, ONE)).at(-1)?.requestId ?? null;

test.beforeEach(() => test.slow());

for (const row of ROWS) {
  const said = 'gone' in row.shows ? row.shows.gone : row.shows.alert;
  const annotation = {
    type: 'expected',
    description: `"${String(said)}", logged ${row.logged.outcome}; sent ${row.sent.join(', ')}`,
  };
  test(`DELETE: ${row.scenario}`, { annotation }, async ({ page }) => {
    await openDetail(page, LEFTOVER.id, LEFTOVER.name);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = deleteDialog(page, LEFTOVER.name);
    await expect(dialog).toBeVisible();
    await clearRequestLog(page);
    if (row.changed) await changeElsewhere(page, LEFTOVER.id, row.changed);
    const faults = [];
    for (const spec of row.faults) faults.push(await armFault(page, spec));
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();

    if ('gone' in row.shows) {
      await expect(page.getByText(row.shows.gone)).toBeVisible({ timeout: 20_000 });
      await expect(page).toHaveURL(/\/connectors$/);
    } else {
      const alert = dialog.getByRole('alert');
      await expect(alert).toContainText(row.shows.alert, { timeout: 20_000 });
      if (row.shows.text) await expect(alert).toContainText(row.shows.text);
    }
    expect(await Promise.all(faults.map(({ id }) => faultHits(page, id)))).toEqual(row.hits);
    // The requests about this connector; the list a deleted one leaves for is read as usual.
    const sent = (await connectorTraffic(page)).filter((request) => request.endsWith(ONE));
    expect(sent).toEqual(row.sent);
    const requestId = row.logged.requestId && (await answeredRequestId(page, row.logged.requestId));
    if (row.logged.requestId) expect(requestId, 'the request-id Graph sent').toBeTruthy();

    const logged = await changesAbout(page, LEFTOVER.name);
    await expect(logged).toHaveCount(1);
    await expect(logged).toContainText('Connector: exists → deleted');
    // The outcome sits in the cell before the request ids, its words below it.
    const outcome = logged.getByRole('cell').nth(-2);
    await expect(outcome).toContainText(row.logged.outcome);
    await expect(outcome.locator('p')).toHaveText(row.logged.detail);
    await expect(logged).toContainText(`request-id: ${requestId ?? '—'}`);
  });
}
