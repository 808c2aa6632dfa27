import { changeAsAdmin } from '../../src/mocks/tenant/admin-change';
import { ANOTHER_ADMIN } from '../../src/mocks/tenant/audit-events';
import { snapshotKept } from '../support/last-visit';

import { expect, signIn, test } from './support/fixtures';
import type { GraphCall } from './support/graph-route';
import { jwtClaims } from './support/jwt';

const CERT01 = { id: '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01', name: 'CERT01 – NDES primary' };
const LAB = { id: '9f4c1a6e-8b2d-4e7f-90a3-5c8e1b4d6f07', name: 'Lab connector' };
const AUDIT_PERMISSION = 'DeviceManagementApps.Read.All';

const isAuditCall = (call: GraphCall) => new URL(call.url).pathname.endsWith('/auditEvents');
const scopeOf = (call: GraphCall) => String(jwtClaims(call.authorization ?? '')?.scp ?? '');

test('signed in, the list asks for no audit data before History; after it, names who changed what', async ({
  page,
  entra,
  graph,
}) => {
  const auditTokenRequests = () =>
    entra.tokenRequests.filter((request) => request.scope.includes(AUDIT_PERMISSION));
  await signIn(page);
  await expect(page.getByRole('link', { name: CERT01.name })).toBeVisible();
  await snapshotKept(page);
  const panel = page.getByRole('region', { name: /^Since your last visit/ });

  // Another admin renames a connector in the Intune admin center; History was never opened here.
  changeAsAdmin(graph.db, LAB.id, { displayName: 'Lab connector 2' });
  await page.reload();
  await expect(panel.getByRole('listitem')).toHaveText([`Renamed: ${LAB.name} → Lab connector 2`]);
  // The names would be asked for just after the panel shows: give that time to happen, or not.
  await page.waitForTimeout(1_000);
  expect(auditTokenRequests(), 'audit token requests from the list').toHaveLength(0);
  expect(graph.calls.filter(isAuditCall), 'auditEvents reads from the list').toHaveLength(0);
  await panel.getByRole('button', { name: 'Mark as seen' }).click();

  await page.goto(`/connectors/${CERT01.id}`);
  await page.getByRole('button', { name: 'Show who changed what' }).click();
  const history = page.getByRole('list', { name: 'Changes, newest first' });
  await expect(history.getByRole('listitem').first()).toBeVisible();
  expect(auditTokenRequests()).toHaveLength(1);

  changeAsAdmin(graph.db, CERT01.id, { displayName: 'PKI-01' });
  await page.goto('/connectors');
  await expect(panel.getByRole('listitem')).toHaveText([
    new RegExp(`^Renamed: ${CERT01.name} → PKI-01 by ${ANOTHER_ADMIN}, (just now|.+ ago)$`),
  ]);
  const audits = graph.calls.filter(isAuditCall);
  expect(audits).toHaveLength(2);
  for (const call of audits) expect(scopeOf(call)).toBe(AUDIT_PERMISSION);
  // Silently: no sign-in page was opened for the audit permission.
  expect(
    entra.authorizeRequests.filter((url) =>
      url.searchParams.get('scope')?.includes(AUDIT_PERMISSION),
    ),
  ).toHaveLength(0);
});
