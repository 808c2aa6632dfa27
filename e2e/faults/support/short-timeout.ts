import type { BrowserContext } from '@playwright/test';

/** Serves `/config.json` with a short request timeout, so a stalled request gives up within the test. */
export const useRequestTimeout = (context: BrowserContext, seconds: number) =>
  context.route('**/config.json', (route) =>
    route.fulfill({ json: { requestTimeoutSeconds: seconds } }),
  );
