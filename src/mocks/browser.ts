import { setupWorker } from 'msw/browser';

import type { DemoControls } from '@/lib/demo/demo-controls';

import { createMockDb } from './db';
import { graphHandlers } from './handlers';

/** Demo mode: the mock Graph answers inside the browser, its tenant kept in localStorage. */
export async function startDemo(): Promise<DemoControls> {
  const db = createMockDb(window.localStorage);
  const worker = setupWorker(...graphHandlers(db));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  return {
    resetData: () => db.reset(),
    setPatchResponse: (mode) => db.setPatchResponse(mode),
    patchResponse: () => db.patchResponse(),
  };
}
