import type { Page } from '@playwright/test';

import { consentRequired } from './support/entra-responses';
import { CLIENT_ID, TENANT_ID, type FakeEntraId } from './support/fake-entra';
import { expect, signIn, test } from './support/fixtures';
import type { GraphCall } from './support/graph-route';
import { jwtClaims } from './support/jwt';

const CERT01 = { id: '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01', name: 'CERT01 – NDES primary' };
const AUDIT_PERMISSION = 'DeviceManagementApps.Read.All';

const isAuditCall = (call: GraphCall) => new URL(call.url).pathname.endsWith('/auditEvents');
const scopeOf = (call: GraphCall) => String(jwtClaims(call.authorization ?? '')?.scp ?? '');

const auditTokenRequests = (entra: FakeEntraId) =>
  entra.tokenRequests.filter((request) => request.scope.includes(AUDIT_PERMISSION));
const historyItems = (page: Page) =>
  page.getByRole('list', { name: 'Changes, newest first' }).getByRole('listitem');

async function openConnector(page: Page) {
  await signIn(page);
  await page.goto(`/connectors/${CERT01.id}`);
  await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();
}

test('the audit scope is asked for once, only after History opens, and used only for auditEvents', async ({
  page,
  entra,
  graph,
}) => {
  await openConnector(page);
  expect(auditTokenRequests(entra), 'audit token requests before History opens').toHaveLength(0);
  expect(graph.calls.filter(isAuditCall)).toHaveLength(0);

  await page.getByRole('button', { name: 'Show who changed what' }).click();
  const items = historyItems(page);
  await expect(items).toHaveCount(3);
  await expect(items.filter({ hasText: 'jordan.lee@contoso.example' }).first()).toBeVisible();

  const audits = graph.calls.filter(isAuditCall);
  console.log(
    `History opened: ${auditTokenRequests(entra).length} audit token request(s), ${audits.length} auditEvents page(s) read`,
  );
  expect(auditTokenRequests(entra)).toHaveLength(1);
  expect(auditTokenRequests(entra)[0]?.scope).not.toContain('DeviceManagementConfiguration');
  expect(audits).toHaveLength(1);
  expect(scopeOf(audits[0] as GraphCall)).toBe(AUDIT_PERMISSION);
  for (const call of graph.calls.filter((c) => !isAuditCall(c)))
    expect(scopeOf(call)).not.toContain(AUDIT_PERMISSION);
});

test('a window change and a second opening ask for no audit token: only the pages they read', async ({
  page,
  entra,
  graph,
}) => {
  await openConnector(page);
  const items = historyItems(page);
  await page.getByRole('button', { name: 'Show who changed what' }).click();
  await expect(items).toHaveCount(3);
  expect(auditTokenRequests(entra)).toHaveLength(1);

  // 90 days reaches priya's rename of CERT01, 60 days ago: one more page, with the same token.
  await page
    .getByRole('group', { name: 'Time window' })
    .getByRole('button', { name: '90 days' })
    .click();
  await expect(items).toHaveCount(4);
  expect(graph.calls.filter(isAuditCall)).toHaveLength(2);

  await page.getByRole('button', { name: 'Hide history' }).click();
  await page.getByRole('button', { name: 'Show who changed what' }).click();
  await expect(items).toHaveCount(3);
  expect(auditTokenRequests(entra), 'audit token requests after the first').toHaveLength(1);
  expect(
    entra.authorizeRequests.filter((url) =>
      url.searchParams.get('scope')?.includes(AUDIT_PERMISSION),
    ),
  ).toHaveLength(0);
  expect(graph.calls.filter(isAuditCall).map((call) => scopeOf(call))).toEqual([
    AUDIT_PERMISSION,
    AUDIT_PERMISSION,
  ]);
});

test('without admin consent, History shows the consent link and names the permission', async ({
  page,
  context,
  graph,
}) => {
  // The app's own scopes are consented; the audit permission is not (AADSTS65001 from the token endpoint).
  await context.route(
    (url) => url.pathname.endsWith('/oauth2/v2.0/token'),
    (route) =>
      (route.request().postData() ?? '').includes(AUDIT_PERMISSION)
        ? route.fulfill({
            status: 400,
            headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' },
            body: JSON.stringify(consentRequired),
          })
        : route.fallback(),
  );
  await openConnector(page);
  await page.getByRole('button', { name: 'Show who changed what' }).click();

  const step = page.getByRole('region', { name: 'Audit data access' });
  await expect(step).toContainText('An administrator must grant access to audit data');
  await expect(step).toContainText(AUDIT_PERMISSION);
  const link = step.getByRole('link', { name: /Grant admin consent in/ });
  await expect(link).toHaveAttribute(
    'href',
    new RegExp(
      `^https://login\\.microsoftonline\\.com/${TENANT_ID}/adminconsent\\?client_id=${CLIENT_ID}&`,
    ),
  );
  expect(graph.calls.filter(isAuditCall)).toHaveLength(0);
});

test("a 403 from Graph's auditEvents names the missing permission", async ({ page, graph }) => {
  graph.answerAlways(isAuditCall, {
    status: 403,
    body: {
      error: {
        code: 'Forbidden',
        message: 'Application is not authorized to perform this operation.',
      },
    },
  });
  await openConnector(page);
  await page.getByRole('button', { name: 'Show who changed what' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'History could not be read' });
  await expect(alert).toContainText(AUDIT_PERMISSION);
  await expect(alert).toContainText('Audit data: Read');
});
