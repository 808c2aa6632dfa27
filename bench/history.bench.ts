import type { Page } from '@playwright/test';

import { mfaRequired } from '../e2e/auth/support/entra-responses';
import type { FakeEntraId } from '../e2e/auth/support/fake-entra';
import { expect, signIn, test } from '../e2e/auth/support/fixtures';
import type { GraphRoute } from '../e2e/auth/support/graph-route';

import { CPU_SLOWDOWN, throttle } from './throttle';

// What opening a connector's History costs, signed in against the fake Entra ID: token requests for the
// audit scope, auditEvents pages, other Graph requests, and the time from the click to the events shown.
// It prints numbers and asserts none (e2e/auth/history.spec.ts holds the counts).

const CERT01 = { id: '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01', name: 'CERT01 – NDES primary' };
const AUDIT_PERMISSION = 'DeviceManagementApps.Read.All';
const EVENTS = 'ol[aria-label="Changes, newest first"]';
const ACCESS_STEP = '[role="region"][aria-label="Audit data access"]';

const isAuditPath = (url: string) => new URL(url).pathname.endsWith('/auditEvents');

/** What Entra ID and Graph have received so far, to count a step's requests as a difference. */
class Traffic {
  /** Audit token requests answered by the bench's own refusal, which the fake never sees. */
  readonly refused: string[] = [];
  private mark = { tokens: 0, refused: 0, authorize: 0, calls: 0 };

  constructor(
    private readonly entra: FakeEntraId,
    private readonly graph: GraphRoute,
  ) {}

  start() {
    this.mark = {
      tokens: this.entra.tokenRequests.length,
      refused: this.refused.length,
      authorize: this.entra.authorizeRequests.length,
      calls: this.graph.calls.length,
    };
  }

  /** The requests since `start`, in words. */
  counted() {
    const tokens = this.entra.tokenRequests.slice(this.mark.tokens);
    const audit = tokens.filter((request) => request.scope.includes(AUDIT_PERMISSION));
    const refused = this.refused.length - this.mark.refused;
    const calls = this.graph.calls.slice(this.mark.calls);
    const others = calls.filter((call) => !isAuditPath(call.url));
    const grants = [
      ...Array.from({ length: refused }, () => 'refresh_token, refused'),
      ...audit.map((request) => request.grantType),
    ];
    return [
      `${grants.length} audit token request(s)${grants.length ? ` (${grants.join('; ')})` : ''}`,
      `${tokens.length - audit.length} other token request(s)`,
      `${this.entra.authorizeRequests.length - this.mark.authorize} authorize (popup)`,
      `${calls.length - others.length} auditEvents page(s)`,
      `${others.length} other Graph request(s)${others.length ? ` (${others.map((call) => `${call.method} ${new URL(call.url).pathname}`).join(', ')})` : ''}`,
    ].join(', ');
  }
}

/**
 * Times the next click in the page until `selector` is shown with no audit read pending; the view must
 * first go away (a new window's skeleton), so a list still on screen from before does not count.
 */
async function timeNextClick(page: Page, selector: string) {
  await page.evaluate((done) => {
    const marks = { click: 0, shown: 0, away: false };
    Object.assign(window, { benchHistory: marks });
    const isShown = () =>
      document.querySelector(done) !== null &&
      document.querySelector('[aria-label="Reading the audit log"]') === null;
    const see = () => {
      if (!isShown()) marks.away = true;
      else if (marks.away && marks.click && !marks.shown) marks.shown = performance.now();
    };
    document.addEventListener('click', () => ((marks.click ||= performance.now()), see()), {
      capture: true,
      once: true,
    });
    new MutationObserver(see).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  }, selector);
  return async () => {
    await page.waitForFunction(
      () => (window as unknown as { benchHistory: { shown: number } }).benchHistory.shown > 0,
    );
    const marks = await page.evaluate(
      () => (window as unknown as { benchHistory: { click: number; shown: number } }).benchHistory,
    );
    return `${Math.round(marks.shown - marks.click)} ms`;
  };
}

const showButton = (page: Page) => page.getByRole('button', { name: 'Show who changed what' });
const windowButton = (page: Page, days: number) =>
  page.getByRole('group', { name: 'Time window' }).getByRole('button', { name: `${days} days` });

async function openConnector(page: Page) {
  await throttle(page);
  await signIn(page);
  await page.goto(`/connectors/${CERT01.id}`);
  await expect(page.getByRole('heading', { level: 1, name: CERT01.name })).toBeVisible();
  await expect(showButton(page)).toBeVisible();
  // The page's own reads (the list, scope tags) finish first: they are not History's.
  await page.waitForLoadState('networkidle');
}

/** Clicks, and returns the step's requests and the time from the click until `selector` shows. */
async function measure(
  page: Page,
  traffic: Traffic,
  click: () => Promise<void>,
  selector = EVENTS,
) {
  traffic.start();
  const elapsed = await timeNextClick(page, selector);
  await click();
  const time = await elapsed();
  // Requests that follow what is shown (a refetch) belong to the step as well.
  await page.waitForTimeout(1_000);
  return `${time}; ${traffic.counted()}`;
}

const results: [string, string][] = [];

test('History, permission allowed before: the first opening in a session', async ({
  page,
  entra,
  graph,
}) => {
  await openConnector(page);
  const traffic = new Traffic(entra, graph);
  results.push([
    'First opening, silently (30 days)',
    await measure(page, traffic, () => showButton(page).click()),
  ]);
  results.push([
    'Window change to 90 days',
    await measure(page, traffic, () => windowButton(page, 90).click()),
  ]);
});

test('History through the allow step, then a window change, a second opening and a reload', async ({
  page,
  context,
  entra,
  graph,
}) => {
  const traffic = new Traffic(entra, graph);
  // The first audit token asked for silently needs the admin (AADSTS50076): History shows the allow step.
  await context.route(
    (url) => url.pathname.endsWith('/oauth2/v2.0/token'),
    (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes(AUDIT_PERMISSION) || traffic.refused.length > 0) return route.fallback();
      traffic.refused.push(body);
      return route.fulfill({
        status: 400,
        headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' },
        body: JSON.stringify(mfaRequired),
      });
    },
  );
  await openConnector(page);
  results.push([
    'First opening → the allow step',
    await measure(page, traffic, () => showButton(page).click(), ACCESS_STEP),
  ]);
  const allow = page
    .getByRole('region', { name: 'Audit data access' })
    .getByRole('button', { name: 'Allow reading Intune audit data' });
  results.push([
    '"Allow reading Intune audit data" (popup)',
    await measure(page, traffic, async () => {
      const popup = page.context().waitForEvent('page');
      await allow.click();
      await popup;
    }),
  ]);
  results.push([
    'Window change to 7 days',
    await measure(page, traffic, () => windowButton(page, 7).click()),
  ]);
  await page.getByRole('button', { name: 'Hide history' }).click();
  results.push([
    'Second opening (hidden, shown again)',
    await measure(page, traffic, () => showButton(page).click()),
  ]);
  await page.reload();
  await expect(showButton(page)).toBeVisible();
  results.push([
    'After a reload, opening again (30 days)',
    await measure(page, traffic, () => showButton(page).click()),
  ]);

  process.stdout.write(
    `\nHistory benchmark, ${new Date().toISOString()}, ${CPU_SLOWDOWN}× CPU, slow 4G for the app's files ` +
      '(the fake Entra ID and Graph answer through Playwright routes, unslowed); time from the click ' +
      'to the events (or the allow step) shown:\n',
  );
  for (const [what, value] of results) process.stdout.write(`  ${what.padEnd(42)} ${value}\n`);
});
