import type { BrowserContext, Locator, Page, Request, Response } from '@playwright/test';

import type { FakeEntraId } from './fake-entra';
import type { GraphCall, GraphRoute } from './graph-route';

/**
 * From the first Graph request that `matches` on (it still goes out with its token), Conditional Access
 * demands MFA: the refresh tokens issued so far are refused, so the next token needs the admin.
 */
export async function requireSignInAfter(
  context: BrowserContext,
  { entra, graph }: { entra: FakeEntraId; graph: GraphRoute },
  matches: (request: Request) => boolean,
) {
  let armed = true;
  // Registered after the fixture's Graph route, so it sees each request first and hands it on.
  await context.route(`https://${graph.graphHost}/**`, (route) => {
    if (armed && matches(route.request())) {
      armed = false;
      entra.requireMfaForExistingSessions();
    }
    return route.fallback();
  });
}

/** The main frame's documents as they load: a reload or a navigation adds one. */
export function documentResponses(page: Page): Response[] {
  const documents: Response[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame())
      documents.push(response);
  });
  return documents;
}

const OPENER_BINDING = 'e2eReportOpener';

export type DocumentOpener = { page: Page; url: string; hasOpener: boolean };

/**
 * Whether each top-level document of the context had a `window.opener` when it started. A popup's is
 * null when the opener was cut off, as `Cross-Origin-Opener-Policy: same-origin` on the app would do.
 */
export async function recordOpeners(context: BrowserContext): Promise<DocumentOpener[]> {
  const seen: DocumentOpener[] = [];
  await context.exposeBinding(OPENER_BINDING, ({ page, frame }, hasOpener: boolean) => {
    seen.push({ page, url: frame.url(), hasOpener });
  });
  await context.addInitScript((binding) => {
    const report: unknown = Reflect.get(window, binding);
    if (window.top === window && typeof report === 'function') report(window.opener !== null);
  }, OPENER_BINDING);
  return seen;
}

/** Clicks `button`, and waits for the sign-in popup it opens to go through the fake Entra ID and close. */
export async function signInThroughPopup(page: Page, button: Locator): Promise<Page> {
  const opened = page.context().waitForEvent('page');
  await button.click();
  const popup = await opened;
  if (!popup.isClosed()) await popup.waitForEvent('close');
  return popup;
}

/** Each PATCH and DELETE Graph received, alone or inside a `$batch`, as "METHOD /path". */
export function writesReceived(calls: GraphCall[]): string[] {
  return calls.flatMap((call) => {
    const url = new URL(call.url);
    if (call.method === 'POST' && url.pathname.endsWith('/$batch')) {
      const body = JSON.parse(call.body ?? '{}') as {
        requests?: { method: string; url: string }[];
      };
      return (body.requests ?? []).map((inner) => `${inner.method} ${inner.url}`);
    }
    const path = url.pathname.replace(/^\/(beta|v1\.0)/, '');
    return call.method === 'PATCH' || call.method === 'DELETE' ? [`${call.method} ${path}`] : [];
  });
}

/** The `$batch` posts Graph received, each as the number of requests it carried. */
export const batchSizes = (calls: GraphCall[]) =>
  calls
    .filter((call) => call.method === 'POST' && new URL(call.url).pathname.endsWith('/$batch'))
    .map((call) => (JSON.parse(call.body ?? '{}') as { requests?: unknown[] }).requests?.length);
