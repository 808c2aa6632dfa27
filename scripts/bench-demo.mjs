// What the demo benchmarks share: the demo build served as a plain static host, and Debian's Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

async function waitForServer(base) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The demo build did not answer on ${base}.`);
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Builds the demo (kept with BENCH_SKIP_BUILD when dist-demo exists), serves it on `port`, launches
 * Chromium (CHROMIUM_PATH overrides /usr/bin/chromium) and runs `bench(browser, baseUrl)`; stops both after.
 */
export async function withDemoBrowser(port, bench) {
  if (!process.env.BENCH_SKIP_BUILD || !existsSync('dist-demo/index.html')) {
    const build = spawnSync('npm', ['run', 'build:demo'], { stdio: 'ignore' });
    if (build.status !== 0) throw new Error('npm run build:demo failed.');
  }
  const base = `http://localhost:${port}`;
  const server = spawn('node', ['scripts/serve-static.mjs', 'dist-demo', String(port)], {
    stdio: 'ignore',
  });
  try {
    await waitForServer(base);
    const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    const browser = await chromium.launch({
      executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      await bench(browser, base);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}
