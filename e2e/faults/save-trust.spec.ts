import type { Page } from '@playwright/test';

import { expect, test } from '../support/demo-test';
import { pickState } from '../support/edit-form';
import { CONNECTORS_URL } from '../support/seeded';

import { countBrowserRequests } from './support/browser-requests';
import {
  armFault,
  armFaultBeforeLoad,
  clearRequestLog,
  faultHits,
  loggedRequests,
} from './support/mock-graph';
import { openEditPage } from './support/places';
import { CERT01, NEW_NAME } from './support/seed';
import { useRequestTimeout } from './support/short-timeout';
import { submitEdit } from './support/submit-edit';

const LIST = '/deviceManagement/ndesConnectors';
const ONE = '/deviceManagement/ndesConnectors/:id';
const THEIR_NAME = 'CERT01 – renamed by another admin';
const savedAlert = (page: Page) => page.getByRole('alert').filter({ hasText: /^Saved\b/ });
const expected = (description: string) => ({ annotation: { type: 'expected', description } });

test(
  'save: a stalled PATCH times out as "may have been applied"; Send again re-reads, then sends',
  expected('the review closes while waiting, the timeout ends "Saving…"; GET before the 2nd PATCH'),
  async ({ page, context }) => {
    // Long enough to close the review and see "Saving…" on a busy machine, short enough for a test.
    await useRequestTimeout(context, 8);
    await openEditPage(page);
    await clearRequestLog(page);
    const fault = await armFault(page, { method: 'PATCH', path: ONE, kind: 'stall' });
    const patchesSent = countBrowserRequests(page, 'PATCH', ONE);

    await submitEdit(page, { displayName: NEW_NAME });
    const review = page.getByRole('dialog', { name: 'Review changes before saving' });
    await review.getByRole('button', { name: 'Close' }).click();
    await expect(review).toBeHidden();
    await expect(page.getByRole('button', { name: 'Saving…' })).toBeDisabled();

    const failed = page.getByRole('alert').filter({ hasText: 'did not answer in time' });
    await expect(failed).toContainText('The change may not have been saved');
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
    await failed.getByRole('button', { name: 'Send again' }).click();

    await expect(savedAlert(page)).toBeVisible();
    expect(await faultHits(page, fault.id)).toBe(1);
    const log = (await loggedRequests(page)).filter((entry) => entry.path.endsWith(CERT01.id));
    expect(log.map((entry) => `${entry.method} ${entry.status}`)).toEqual([
      'GET 200',
      'PATCH null',
      'GET 200',
      'PATCH 204',
      'GET 200',
    ]);
    expect(patchesSent()).toBe(2);
  },
);

test(
  'list: a stalled read times out and is retried',
  expected('the first GET gets no answer within the timeout; the retry loads the list'),
  async ({ page, context }) => {
    await useRequestTimeout(context, 2);
    const fault = await armFaultBeforeLoad(page, { method: 'GET', path: LIST, kind: 'stall' });
    const sent = countBrowserRequests(page, 'GET', LIST);

    await page.goto('/connectors');

    await expect(page.getByRole('link', { name: CERT01.name, exact: true })).toBeVisible();
    expect(await faultHits(page, fault.id)).toBe(1);
    const statuses = (await loggedRequests(page, 'GET', LIST)).map((entry) => entry.status);
    expect(statuses).toEqual([null, 200]);
    expect(sent()).toBe(2);
  },
);

test(
  'save: a 503, then another admin changes the same field: the conflict dialog, one PATCH',
  expected('the retry re-reads first, finds their change and asks; no second PATCH goes out'),
  async ({ page, context }) => {
    const other = await context.newPage();
    await other.goto('/connectors');
    await openEditPage(page);
    await clearRequestLog(page);
    await armFault(page, {
      method: 'PATCH',
      path: ONE,
      kind: 'http-503',
      retryAfter: { seconds: 3, format: 'seconds' },
    });
    const patchesSent = countBrowserRequests(page, 'PATCH', ONE);

    await submitEdit(page, { displayName: NEW_NAME });
    await expect(page.getByRole('status', { name: 'Graph retries' })).toContainText('HTTP 503');
    const renamed = await other.evaluate(
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
      [`${CONNECTORS_URL}/${CERT01.id}`, THEIR_NAME] as const,
    );
    expect(renamed).toBe(204);

    const dialog = page.getByRole('dialog', { name: 'Someone else changed this connector' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(THEIR_NAME);
    const mine = (await loggedRequests(page, 'PATCH', ONE)).filter((entry) =>
      entry.body?.includes(NEW_NAME),
    );
    expect(mine.map((entry) => entry.status)).toEqual([503]);
    expect(patchesSent()).toBe(1);
  },
);

test(
  'save: Graph accepts a change Intune ignores: reported in words, never called saved',
  expected('"Not applied: State" with what State still reads; the name is saved; no Saved alert'),
  async ({ page }) => {
    await openEditPage(page);
    await clearRequestLog(page);
    await armFault(page, { method: 'PATCH', path: ONE, kind: 'accept-ignore', target: 'state' });

    await pickState(page, 'Inactive (inactive)');
    await submitEdit(page, { displayName: NEW_NAME });

    const notApplied = page.getByRole('alert').filter({ hasText: 'Not applied: State' });
    await expect(notApplied).toContainText(
      'Graph accepted the change, but State still reads Active (active). Intune may manage this field itself.',
    );
    await expect(notApplied).toContainText('Saved: Display name.');
    await expect(notApplied).toContainText('request-id');
    await expect(savedAlert(page)).toHaveCount(0);
    await expect(page.getByText('Connector saved')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${NEW_NAME}` })).toBeVisible();
    expect(await loggedRequests(page, 'PATCH', ONE)).toHaveLength(1);
  },
);
