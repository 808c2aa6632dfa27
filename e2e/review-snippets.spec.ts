import type { Locator, Page } from '@playwright/test';

import {
  describedValue,
  displayNameField,
  openEditPage,
  reviewDialog,
  saveButton,
  savedAlert,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { addScopeTag, pickState } from './support/edit-form';
import { capturePatches, isGraphPatch } from './support/graph-requests';
import { CERT01, CONNECTORS_URL, DEMO_TENANT_ID, DEMO_TOKEN, GUID } from './support/seeded';
import {
  parseCurl,
  powerShellHashtable,
  powerShellParameter,
  powerShellParams,
} from './support/shell-snippets';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

// Quotes of both kinds, an apostrophe, an en dash and non-Latin letters: everything a snippet must quote.
const NAME = `O'Brien "HQ" – Zürich ✓`;
const CONNECTOR_URL = `${CONNECTORS_URL}/${CERT01.id}`;
const EXPECTED_BODY = {
  '@odata.type': '#microsoft.graph.ndesConnector',
  displayName: NAME,
  state: 'inactive',
  roleScopeTagIds: ['0', '1', '2'],
};

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Clicks a copy button and returns what landed on the clipboard. */
async function copy(page: Page, button: Locator): Promise<string> {
  // Something else first, so that a copy that does nothing cannot pass on a stale clipboard.
  await page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
  await button.click();
  await expect.poll(() => readClipboard(page)).not.toBe('(nothing copied yet)');
  return readClipboard(page);
}

/** A code block of the review: a labelled <pre>. */
const codeBlock = (page: Page, title: string) =>
  reviewDialog(page).getByLabel(title, { exact: true });

async function editAndReview(page: Page) {
  await openEditPage(page, CERT01.id, CERT01.name);
  await displayNameField(page).fill(NAME);
  await pickState(page, 'Inactive (inactive)');
  await addScopeTag(page, 'Europe');
  await saveButton(page).click();
  await expect(reviewDialog(page)).toBeVisible();
}

test('the review shows each change, the exact request, and snippets that send the same body', async ({
  page,
}) => {
  const patches = capturePatches(page);
  await editAndReview(page);
  const review = reviewDialog(page);

  await test.step('each changed field with its current and new value', async () => {
    const changes = review.getByRole('table', { name: 'Changes' });
    await expect(changes.getByRole('columnheader')).toHaveText([
      'Field',
      'Current value',
      'New value',
    ]);
    const rows = changes.getByRole('row').filter({ has: page.getByRole('rowheader') });
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0).getByRole('cell')).toHaveText([CERT01.name, NAME]);
    await expect(rows.nth(0).getByRole('rowheader')).toHaveText('Display name');
    await expect(rows.nth(1).getByRole('rowheader')).toHaveText('State');
    await expect(rows.nth(1).getByRole('cell')).toHaveText([
      'Active (active)',
      'Inactive (inactive)',
    ]);
    await expect(rows.nth(2).getByRole('rowheader')).toHaveText('Scope tags');
    await expect(rows.nth(2).getByRole('cell')).toHaveText([
      'Default, Headquarters',
      'Default, Headquarters, Europe',
    ]);
  });

  let clientRequestId = '';
  await test.step('the exact request: method, full URL, headers with the token masked, body', async () => {
    const shown = (await codeBlock(page, 'Request').textContent()) ?? '';
    clientRequestId = /^client-request-id: (.*)$/m.exec(shown)?.[1] ?? '';
    expect(clientRequestId).toMatch(GUID);
    expect(shown).toBe(
      [
        `PATCH ${CONNECTOR_URL}`,
        'Authorization: Bearer ••••••••',
        'Accept: application/json',
        'Content-Type: application/json',
        `client-request-id: ${clientRequestId}`,
        '',
        JSON.stringify(EXPECTED_BODY, null, 2),
      ].join('\n'),
    );
    expect(await copy(page, review.getByRole('button', { name: 'Copy request' }))).toBe(shown);

    const body = (await codeBlock(page, 'JSON body (exactly as sent)').textContent()) ?? '';
    expect(JSON.parse(body)).toStrictEqual(EXPECTED_BODY);
    expect(await copy(page, review.getByRole('button', { name: 'Copy JSON body' }))).toBe(body);

    // No snippet carries the token: the user supplies their own.
    await expect(review).not.toContainText(DEMO_TOKEN);
  });

  let curlBody = '';
  await test.step('curl: same URL, headers and body bytes', async () => {
    const copied = await copy(page, review.getByRole('button', { name: 'Copy curl command' }));
    expect(copied).toBe(await codeBlock(page, 'curl').textContent());
    expect(copied.split('\n')[0]).toMatch(new RegExp(`^# Tenant: Contoso \\(${DEMO_TENANT_ID}\\)`));
    const curl = parseCurl(copied);
    expect(curl.method).toBe('PATCH');
    expect(curl.url).toBe(CONNECTOR_URL);
    expect(curl.headers).toEqual([
      'Authorization: Bearer $TOKEN',
      'Accept: application/json',
      'Content-Type: application/json',
      `client-request-id: ${clientRequestId}`,
    ]);
    expect(JSON.parse(curl.body)).toStrictEqual(EXPECTED_BODY);
    curlBody = curl.body;
  });

  let invokeBody: unknown;
  await test.step('Invoke-MgGraphRequest: same URL, client-request-id and JSON', async () => {
    const copied = await copy(
      page,
      review.getByRole('button', { name: 'Copy Invoke-MgGraphRequest command' }),
    );
    expect(copied).toBe(await codeBlock(page, 'PowerShell: Invoke-MgGraphRequest').textContent());
    const [comment, connect, invoke] = copied.split('\n');
    expect(comment).toBe(`# Tenant: Contoso (${DEMO_TENANT_ID})`);
    expect(connect).toMatch(new RegExp(`^Connect-MgGraph -TenantId '${DEMO_TENANT_ID}' `));
    expect(invoke).toMatch(/^Invoke-MgGraphRequest -Method PATCH /);
    expect(powerShellParameter(copied, 'Uri')).toBe(CONNECTOR_URL);
    expect(powerShellParameter(copied, 'ContentType')).toBe('application/json');
    expect(powerShellHashtable(copied, 'Headers')).toEqual({
      'client-request-id': clientRequestId,
    });
    invokeBody = JSON.parse(powerShellParameter(copied, 'Body'));
    expect(invokeBody).toStrictEqual(EXPECTED_BODY);
  });

  let cmdletBody: unknown;
  await test.step('Update-MgBetaDeviceManagementNdeConnector: the same fields in -BodyParameter', async () => {
    const copied = await copy(
      page,
      review.getByRole('button', {
        name: 'Copy Update-MgBetaDeviceManagementNdeConnector command',
      }),
    );
    expect(copied).toBe(
      await codeBlock(page, 'PowerShell: Update-MgBetaDeviceManagementNdeConnector').textContent(),
    );
    expect(copied.split('\n').at(-1)).toBe(
      `Update-MgBetaDeviceManagementNdeConnector -NdesConnectorId '${CERT01.id}' -BodyParameter $params`,
    );
    cmdletBody = powerShellParams(copied);
    expect(cmdletBody).toStrictEqual(EXPECTED_BODY);
  });

  expect(patches).toHaveLength(0);
  const patchSent = page.waitForRequest(isGraphPatch);
  await review.getByRole('button', { name: 'Confirm and save' }).click();
  const patch = await patchSent;

  await test.step('what is sent is what the review and every snippet showed', async () => {
    expect(patch.url()).toBe(CONNECTOR_URL);
    expect(await patch.headerValue('client-request-id')).toBe(clientRequestId);
    expect(patch.postDataJSON()).toStrictEqual(EXPECTED_BODY);
    expect(patch.postData()).toBe(curlBody);
    expect(patch.postDataJSON()).toStrictEqual(invokeBody);
    expect(patch.postDataJSON()).toStrictEqual(cmdletBody);
    await expect(savedAlert(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
    expect(patches).toHaveLength(1);
  });

  await test.step('the outcome: request-id, client-request-id and Date, each copyable', async () => {
    const response = await patch.response();
    const responseHeaders = (await response?.allHeaders()) ?? {};
    const alert = savedAlert(page);
    const ids = [
      ['request-id', responseHeaders['request-id']],
      // The id the review promised is the one sent, shown and copied.
      ['client-request-id', clientRequestId],
      ['Date', responseHeaders['date']],
    ] as const;
    for (const [label, expected] of ids) {
      expect(expected).toBeTruthy();
      await expect(describedValue(alert, label)).toHaveText(expected ?? '');
      expect(await copy(page, alert.getByRole('button', { name: `Copy ${label}` }))).toBe(expected);
    }
  });
});
