import type { Page } from '@playwright/test';

import { expect, test } from '../../support/demo-test';

import { countBrowserRequests } from './browser-requests';
import { expectedBehaviour, FAULT_MATRIX, type MatrixRow, type Place } from './matrix';
import { faultHits, loggedRequests } from './mock-graph';
import { PLACES } from './places';
import { formValues } from './submit-edit';

const retryIndicator = (page: Page) => page.getByRole('status', { name: 'Graph retries' });

async function runRow(page: Page, row: MatrixRow) {
  const place = PLACES[row.place];
  const { method, path } = place.target;
  const fault = await place.arm(page, { method, path, ...row.fault });
  const browserSent = countBrowserRequests(page, method, path);
  const typed = await place.strike(page);
  const sent = () => loggedRequests(page, method, path);
  /** The mock's log and the browser's own view of the network agree on how many requests went out. */
  const expectSent = async (count: number, what: string) => {
    expect(await sent(), `${what} (mock Graph's log)`).toHaveLength(count);
    expect(browserSent(), `${what} (the browser's network)`).toBe(count);
  };
  const expectFaultFired = async () =>
    expect(await faultHits(page, fault.id), 'requests the armed fault answered').toBe(fault.count);

  if (row.expect.outcome === 'recovers') {
    if (row.expect.indicator)
      await expect(retryIndicator(page)).toContainText(row.expect.indicator);
    if (row.expect.showsBusy) {
      if (!place.expectBusy) throw new Error(`${row.place} has no way to show it is busy`);
      await place.expectBusy(page);
    }
    await place.expectWorking(page);
    await expect(retryIndicator(page)).toBeHidden();
    await expectSent(row.expect.sent, 'requests sent');
    await expectFaultFired();
    return;
  }

  const { message, details = [], requestId, recovery } = row.expect;
  const shown = place.errorShown(page, message);
  await expect(shown).toBeVisible();
  if (place.showsDetails) {
    for (const detail of details) await expect(shown).toContainText(detail);
  }
  await expectSent(row.expect.sent, `${method} requests sent before the error showed`);
  await expectFaultFired();
  const requests = await sent();
  if (place.showsDetails) {
    const graphRequestId = requests.at(-1)?.requestId ?? null;
    if (requestId) {
      expect(graphRequestId, 'the request-id the mock Graph sent').toBeTruthy();
      await expect(shown).toContainText(`request-id${graphRequestId}`);
    } else {
      await expect(shown.getByText('request-id', { exact: true })).toHaveCount(0);
    }
  }
  await place.expectUsableAfterError(page);
  if (typed)
    expect(await formValues(page), 'the form still holds what the user typed').toEqual(typed);

  if (recovery === 'read-only') {
    await expect(page.getByText(/^Read-only: Graph refused a change/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
    return;
  }
  await place.tryAgain(page, shown, recovery);
  await place.expectWorking(page, recovery);
  const again = recovery === 'found applied' ? 0 : 1;
  await expectSent(row.expect.sent + again, 'requests after trying again');
}

/** One test per row of the fault matrix for `place`; `npm run test:faults` prints the results. */
export function faultMatrixTests(place: Place) {
  for (const row of FAULT_MATRIX.filter((candidate) => candidate.place === place)) {
    const annotation = { type: 'expected', description: expectedBehaviour(row) };
    test(`${place}: ${row.scenario}`, { annotation }, async ({ page }) => runRow(page, row));
  }
}
