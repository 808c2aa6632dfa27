import { test as base, expect, type Page } from '@playwright/test';

import { CLOUDS, type CloudName } from '../../../src/config/clouds';

import { CLIENT_ID, FakeEntraId, TENANT_ID } from './fake-entra';
import { GraphRoute } from './graph-route';

// Every Microsoft host the app could reach by mistake; the fakes below answer only their own hosts.
const MICROSOFT_HOST =
  /^https:\/\/([a-z0-9-]+\.)*(microsoft|microsoftonline|msauth|msftauth|azure|windows|live|office|msidentity|chinacloudapi|microsoftonline-p)\.(com|net|us|cn)(\/|$)/;

type AuthFixtures = {
  /** What /config.json answers; null leaves it to the server (the deploy project's own file). */
  appConfig: Record<string, unknown> | null;
  entra: FakeEntraId;
  graph: GraphRoute;
  /** Requests to Microsoft hosts that no fake serves: each one fails the test. */
  unexpectedMicrosoftRequests: string[];
  /** Hosts that received an Authorization header. */
  authorizationHosts: Set<string>;
  consoleMessages: string[];
};

const cloudOf = (config: Record<string, unknown> | null): CloudName =>
  typeof config?.cloud === 'string' && config.cloud in CLOUDS
    ? (config.cloud as CloudName)
    : 'global';

export const test = base.extend<AuthFixtures>({
  appConfig: [{ clientId: CLIENT_ID, tenantId: TENANT_ID }, { option: true }],
  entra: async ({ appConfig }, use) => use(new FakeEntraId(CLOUDS[cloudOf(appConfig)].loginHost)),
  graph: async ({ appConfig }, use) => use(new GraphRoute(CLOUDS[cloudOf(appConfig)].graphHost)),
  unexpectedMicrosoftRequests: async ({}, use) => use([]),
  authorizationHosts: async ({}, use) => use(new Set()),
  consoleMessages: async ({}, use) => use([]),
  context: async (
    { context, appConfig, entra, graph, unexpectedMicrosoftRequests, authorizationHosts },
    use,
  ) => {
    // Registered first, so the fakes registered after it take precedence for their own hosts.
    await context.route(MICROSOFT_HOST, (route) => {
      unexpectedMicrosoftRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    await entra.install(context);
    await graph.install(context);
    if (appConfig)
      await context.route('**/config.json', (route) => route.fulfill({ json: appConfig }));
    context.on('request', (request) => {
      if (request.headers()['authorization']) authorizationHosts.add(new URL(request.url()).host);
    });
    await use(context);
  },
  page: async (
    { page, consoleMessages, unexpectedMicrosoftRequests, entra, graph, authorizationHosts },
    use,
  ) => {
    page.on('console', (message) => consoleMessages.push(message.text()));
    // A Trusted Types refusal throws in the page rather than logging a CSP line.
    page.on('pageerror', (error) => consoleMessages.push(error.message));
    await use(page);
    expect(unexpectedMicrosoftRequests, 'requests to Microsoft hosts no fake serves').toEqual([]);
    expect([...authorizationHosts], 'hosts that were sent an Authorization header').toEqual(
      authorizationHosts.size ? [graph.graphHost] : [],
    );
    const leaked = consoleMessages.filter((text) =>
      entra.issuedAccessTokens.some((token) => text.includes(token)),
    );
    expect(leaked, 'console output that contains an access token').toEqual([]);
    expect(
      consoleMessages.filter((text) => /Content Security Policy|Trusted(HTML|Script)/.test(text)),
      'CSP and Trusted Types violations',
    ).toEqual([]);
  },
});

export { expect };

/** Signs in at `path`, and waits for the page's `heading` once the app is back there. */
export async function signIn(page: Page, path = '/', heading = 'NDES connectors') {
  await page.goto(path);
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  // Generous: the first Graph answer may wait on a busy machine.
  await expect(page.getByRole('heading', { name: heading })).toBeVisible({
    timeout: 15_000,
  });
}
