import type { Page } from '@playwright/test';

import { matchesPathPattern } from '../../../src/mocks/faults/path-pattern';
import { GRAPH_BETA } from '../../support/seeded';

/**
 * Counts the Graph requests the page itself puts on the wire (its `request` event also fires for the
 * ones the mock service worker answers), so a row checks the app's side as well as the mock's log.
 */
export function countBrowserRequests(page: Page, method: string, pathPattern: string) {
  let count = 0;
  page.on('request', (request) => {
    const url = request.url();
    if (request.method() !== method || !url.startsWith(`${GRAPH_BETA}/`)) return;
    const path = new URL(url).pathname.slice(new URL(GRAPH_BETA).pathname.length);
    if (matchesPathPattern(pathPattern, path)) count += 1;
  });
  return () => count;
}
