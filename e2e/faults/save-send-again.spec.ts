import type { Page } from '@playwright/test';

import { expect, test } from '../support/demo-test';

import { armFault, clearRequestLog, loggedRequests } from './support/mock-graph';
import { openEditPage } from './support/places';
import { CERT01, NEW_NAME } from './support/seed';
import { displayNameField, submitEdit } from './support/submit-edit';

const ONE = '/deviceManagement/ndesConnectors/:id';
const savedAlert = (page: Page) => page.getByRole('alert').filter({ hasText: /^Saved\b/ });

test.beforeEach(async ({ page }) => {
  await openEditPage(page);
  await clearRequestLog(page);
});

test(
  'save: a save that failed on the network is sent again with one click, after a re-read',
  {
    annotation: {
      type: 'expected',
      description: '"Send again" re-reads the connector, then sends the PATCH once more: saved',
    },
  },
  async ({ page }) => {
    await armFault(page, { method: 'PATCH', path: ONE, kind: 'network-error' });
    await submitEdit(page, { displayName: NEW_NAME });
    const failed = page.getByRole('alert').filter({ hasText: 'Could not reach Microsoft Graph.' });
    await failed.getByRole('button', { name: /Send again/ }).click();

    await expect(savedAlert(page)).toBeVisible();
    const log = (await loggedRequests(page)).filter((entry) => entry.path.endsWith(CERT01.id));
    const failedAt = log.findIndex((entry) => entry.method === 'PATCH' && entry.status === null);
    expect(
      log.slice(failedAt, failedAt + 3).map((entry) => `${entry.method} ${entry.status}`),
    ).toEqual(['PATCH null', 'GET 200', 'PATCH 204']);
  },
);

test(
  'save: after a dropped answer, sending again finds the change applied and sends no second PATCH',
  {
    annotation: {
      type: 'expected',
      description: 'the re-read shows the change went through: reported as saved, still 1 PATCH',
    },
  },
  async ({ page }) => {
    await armFault(page, { method: 'PATCH', path: ONE, kind: 'dropped-response' });
    await submitEdit(page, { displayName: NEW_NAME });
    const failed = page.getByRole('alert').filter({ hasText: 'Could not reach Microsoft Graph.' });
    await failed.getByRole('button', { name: /Send again/ }).click();

    await expect(
      page.getByRole('alert').filter({ hasText: /already (applied|saved)/i }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: NEW_NAME })).toBeVisible();
    expect(await loggedRequests(page, 'PATCH', ONE)).toHaveLength(1);
  },
);

test(
  'save: a 400 that names a property is shown on that form field',
  {
    annotation: {
      type: 'expected',
      description:
        "Graph's message under the Display name field, which is marked invalid; the value stays",
    },
  },
  async ({ page }) => {
    const message = 'The display name contains characters Intune does not accept.';
    await armFault(page, {
      method: 'PATCH',
      path: ONE,
      kind: 'http-400',
      target: 'displayName',
      message,
    });
    await submitEdit(page, { displayName: NEW_NAME });

    await expect(displayNameField(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(displayNameField(page)).toHaveAccessibleDescription(message);
    await expect(displayNameField(page)).toHaveValue(NEW_NAME);
    expect(await loggedRequests(page, 'PATCH', ONE)).toHaveLength(1);
  },
);
