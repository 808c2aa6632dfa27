import { existsSync } from 'node:fs';

import { defineConfig, devices } from '@playwright/test';

import { CLIENT_ID, TENANT_ID } from './e2e/auth/support/fake-entra';

// Debian's Chromium (apt), since Playwright cannot download its own browser here; CHROMIUM_PATH overrides,
// and Playwright's bundled browser is the fallback where one is installed.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined;

// Overridable so that two checkouts can run their suites side by side.
const DEMO_PORT = Number(process.env.DEMO_PORT ?? 4173);
const SIGNED_IN_PORT = Number(process.env.SIGNED_IN_PORT ?? 4174);
const NGINX_PORT = Number(process.env.NGINX_PORT ?? 4175);
const SUB_PATH_PORT = Number(process.env.SUB_PATH_PORT ?? 4176);

// Outside dist*/ so that no other build empties it; node_modules is never committed.
const SUB_PATH_DIR = 'node_modules/.tmp/demo-sub-path';

// Signed-in tests start the whole app (config, MSAL, Entra round trips) several times per test.
const fullStarts = { timeout: 60_000, expect: { timeout: 10_000 } };

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath,
    // Chromium's own background traffic (component updates, sync) would only be refused on a closed network.
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // CI has two cores: one browser at a time, since two starved each other's pages past their waits.
  workers: process.env.CI ? 1 : undefined,
  // Each page starts the app and its mock service worker from scratch: waits get the room a page needs
  // on CI's machine. These bound waits; no test asserts a duration.
  ...(process.env.CI ? { timeout: 60_000, expect: { timeout: 10_000 } } : {}),
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { trace: 'retain-on-failure', serviceWorkers: 'allow' },
  projects: [
    {
      // The demo build: the mock Graph runs in the page's service worker.
      name: 'demo',
      testIgnore: ['auth/**', 'deploy/**'],
      use: { ...chromium, baseURL: `http://localhost:${DEMO_PORT}` },
    },
    {
      // The production build: real MSAL against a fake Entra ID, Graph served by the project's mock Graph.
      name: 'signed-in',
      testMatch: ['auth/**/*.spec.ts'],
      ...fullStarts,
      use: { ...chromium, baseURL: `http://localhost:${SIGNED_IN_PORT}`, serviceWorkers: 'block' },
    },
    {
      // The same production build served by Debian's nginx with the shipped deploy/snippets.
      name: 'deploy',
      testMatch: ['deploy/**/*.spec.ts'],
      ...fullStarts,
      testIgnore: ['deploy/sub-path/**'],
      use: { ...chromium, baseURL: `http://localhost:${NGINX_PORT}`, serviceWorkers: 'block' },
    },
    {
      // The demo build under a sub-path on a host with no rewrites (404.html answers deep links).
      name: 'demo-sub-path',
      testMatch: ['deploy/sub-path/**/*.spec.ts'],
      use: { ...chromium, baseURL: `http://localhost:${SUB_PATH_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npm run build:demo && npx vite preview --mode demo --port ${DEMO_PORT} --strictPort`,
      url: `http://localhost:${DEMO_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `npx vite build && node scripts/serve-dist.mjs dist ${SIGNED_IN_PORT}`,
      url: `http://localhost:${SIGNED_IN_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      // Starts after the entry above has built dist/ (web servers start one after another).
      command: `node scripts/serve-nginx.mjs dist ${NGINX_PORT}`,
      url: `http://localhost:${NGINX_PORT}`,
      env: { APP_CONFIG: JSON.stringify({ clientId: CLIENT_ID, tenantId: TENANT_ID }) },
      reuseExistingServer: !process.env.CI,
      // SIGTERM: serve-nginx.mjs stops nginx gracefully and removes its temp dir.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      timeout: 30_000,
    },
    {
      command: `npx vite build --mode demo --base /ndes-demo/ --outDir ${SUB_PATH_DIR}/ndes-demo --emptyOutDir && node scripts/serve-static.mjs ${SUB_PATH_DIR} ${SUB_PATH_PORT}`,
      url: `http://localhost:${SUB_PATH_PORT}/ndes-demo/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
