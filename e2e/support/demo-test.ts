import { test as base, expect } from '@playwright/test';

type DemoGuards = { demoGuards: undefined };

/**
 * The demo build's test: fails when a Graph request got past the mock service worker to the network
 * (it is blocked, never sent) or when the page threw an uncaught error.
 */
export const test = base.extend<DemoGuards>({
  demoGuards: [
    async ({ context, page }, use) => {
      const escaped: string[] = [];
      // context.route, not page.route: only the context sees what a service worker fetches itself.
      await context.route(/^https:\/\/graph\.microsoft\.com\//, (route) => {
        escaped.push(`${route.request().method()} ${route.request().url()}`);
        return route.abort('blockedbyclient');
      });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await use(undefined);
      expect(escaped, 'Graph requests the mock service worker did not answer').toEqual([]);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
