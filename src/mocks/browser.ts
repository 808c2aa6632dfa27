import { setupWorker } from 'msw/browser';

import type { DemoControls } from '@/features/demo/model/demo-controls';

import { graphHandlers } from './handlers';
import { createDemoControls, createMockGraphApi, type MockGraphApi } from './mock-graph-api';
import { createMockDb } from './tenant/db';

declare global {
  interface Window {
    /** Demo builds only: arms faults and reads the request log (Playwright's fault matrix uses it). */
    __mockGraph?: MockGraphApi;
  }
}

/** Demo mode: the mock Graph answers inside the browser, its tenant kept in localStorage. */
export async function startDemo(): Promise<DemoControls> {
  const db = createMockDb(window.localStorage);
  const worker = setupWorker(...graphHandlers(db));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  window.__mockGraph = createMockGraphApi(db);
  return createDemoControls(db);
}
