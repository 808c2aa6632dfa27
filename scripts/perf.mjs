// Lighthouse on the demo build and on the production build's first screen (the sign-in page, with a
// config.json), mobile and desktop presets, in headless Chromium. A measurement, not a gate: it prints
// the scores and Core Web Vitals and writes the full reports under reports/perf/.
// Usage: `npm run perf` (builds both first). CHROMIUM_PATH overrides /usr/bin/chromium; PERF_PORT
// (default 4281) and the port after it are used for the two servers.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const basePort = Number(process.env.PERF_PORT ?? 4281);
const out = 'reports/perf';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

async function serve(root, port, mode) {
  const args = ['scripts/serve-dist.mjs', root, String(port), ...(mode ? [mode] : [])];
  const server = spawn('node', args, { stdio: 'ignore' });
  const url = `http://localhost:${port}/`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      await fetch(url);
      return { url, stop: () => server.kill() };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  server.kill();
  throw new Error(`${root} did not start serving on ${url}`);
}

function lighthouse(url, name, preset) {
  const path = join(out, `${name}-${preset}`);
  run('npx', [
    'lighthouse',
    url,
    '--quiet',
    `--chrome-path=${chromium}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--only-categories=performance,accessibility,best-practices',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    '--output=json',
    '--output=html',
    `--output-path=${path}`,
  ]);
  const report = JSON.parse(readFileSync(`${path}.report.json`, 'utf8'));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    page: name,
    preset,
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    'LCP (s)': (audit('largest-contentful-paint') / 1000).toFixed(2),
    'TBT (ms)': Math.round(audit('total-blocking-time')),
    CLS: audit('cumulative-layout-shift').toFixed(3),
    'FCP (s)': (audit('first-contentful-paint') / 1000).toFixed(2),
  };
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
run('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
// The production build with a tenant's config.json, so its first screen is the sign-in page.
const signedIn = join(out, 'dist-sign-in');
cpSync('dist', signedIn, { recursive: true });
writeFileSync(
  join(signedIn, 'config.json'),
  JSON.stringify({
    clientId: '11111111-2222-3333-4444-555555555555',
    tenantId: '66666666-7777-8888-9999-000000000000',
  }),
);

// The demo as a plain static host serves it (the production policy's Trusted Types refuse MSW's
// worker registration); the sign-in page with the production headers.
const targets = [
  ['demo', 'dist-demo', basePort, '--plain'],
  ['sign-in', signedIn, basePort + 1],
];
const results = [];
for (const [name, root, port, mode] of targets) {
  const server = await serve(root, port, mode);
  try {
    for (const preset of ['mobile', 'desktop']) results.push(lighthouse(server.url, name, preset));
  } finally {
    server.stop();
  }
}
rmSync(signedIn, { recursive: true, force: true });
console.log(`Lighthouse (${new Date().toISOString()}), reports in ${out}/:`);
console.table(results);
writeFileSync(join(out, 'summary.json'), JSON.stringify(results, null, 2));
