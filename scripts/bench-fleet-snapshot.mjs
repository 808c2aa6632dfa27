// npm run bench:fleet-snapshot: how soon the fleet shows something. Opens the demo's fleet once (which
// keeps each tenant's snapshot), then five times more, and prints the median time from navigation to the
// snapshot's rows ("As of …" in the tenant summary) and to the first Graph answer ("Loaded 1 of …"). A
// measurement, not a test: nothing here passes or fails on time. BENCH_PORT sets the port.
/* global document, window, MutationObserver -- init scripts run in the browser */
import { median, withDemoBrowser } from './bench-demo.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4284);
const RUNS = 5;

// Milliseconds since navigation start at which each moment was first seen, set on window.fleetMoments.
function watchMoments() {
  const moments = {};
  window.fleetMoments = moments;
  const see = () => {
    const text = document.body?.textContent ?? '';
    const now = performance.now();
    if (moments.snapshotRows === undefined && /As of /.test(text)) moments.snapshotRows = now;
    if (moments.firstAnswer === undefined && /Loaded [1-9]\d* of/.test(text))
      moments.firstAnswer = now;
  };
  new MutationObserver(see).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  });
}

await withDemoBrowser(PORT, async (browser, base) => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(watchMoments);
  await page.goto(`${base}/fleet`);
  await page.getByText('Loaded 3 of 3 tenants').waitFor({ timeout: 60_000 });

  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${base}/fleet`);
    await page.getByText('Loaded 3 of 3 tenants').waitFor({ timeout: 60_000 });
    runs.push(await page.evaluate(() => window.fleetMoments));
  }
  const ms = (values) => {
    const seen = values.filter((value) => value !== undefined);
    return seen.length ? `${Math.round(median(seen))} ms` : 'not seen';
  };
  console.log(`bench:fleet-snapshot: the demo's three tenants, median of ${RUNS} opens of /fleet`);
  console.log(`  navigation -> snapshot rows shown: ${ms(runs.map((run) => run.snapshotRows))}`);
  console.log(`  navigation -> first Graph answer: ${ms(runs.map((run) => run.firstAnswer))}`);
});
