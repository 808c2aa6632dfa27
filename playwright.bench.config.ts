import { defineConfig, devices } from '@playwright/test';

// `npm run bench:signed-in`: a measurement that prints numbers, not a test suite (no assertion on time).
const PORT = Number(process.env.BENCH_PORT ?? 4283);

export default defineConfig({
  testDir: 'bench',
  testMatch: '*.bench.ts',
  workers: 1,
  retries: 0,
  timeout: 300_000,
  expect: { timeout: 60_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    channel: undefined,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    baseURL: `http://localhost:${PORT}`,
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite build && node scripts/serve-dist.mjs dist ${PORT}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
