import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';

import { configureGraphClient } from '@/lib/graph/graph-client';
import { reportRetryProgress } from '@/lib/graph/retry-status';
import { notificationQueue } from '@/lib/state/notifications';
import { mockDb, server } from '@/mocks/node';

import { TEST_GRAPH_BASE_URL, TEST_TOKEN } from './graph-test-config';

// Whole MUI pages in jsdom, with test files running in parallel, can take longer than the 1 s default to appear.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  configureGraphClient({
    baseUrl: TEST_GRAPH_BASE_URL,
    getAccessToken: () => Promise.resolve(TEST_TOKEN),
    // Real retries, without real waiting.
    retryPolicy: { maxAttempts: 3, maxTotalWaitMs: 1_000, baseDelayMs: 1, maxDelayMs: 5 },
    onRetry: reportRetryProgress,
  });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  mockDb.reset();
  sessionStorage.clear();
  localStorage.clear();
  notificationQueue.set([]);
});
afterAll(() => server.close());
