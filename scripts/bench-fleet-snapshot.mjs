// npm run bench:fleet-snapshot: does the fleet show each tenant's last snapshot before any Graph request
// answers? Opens the demo's fleet once (which keeps each tenant's snapshot), then five times more, and
// prints the median time from navigation to the snapshot's rows in the connectors table, and to the
// first answer of any Graph request (the app's fetch resolving, whatever the request), with how many
// Graph requests had answered when the rows appeared. A measurement, not a test: nothing here passes
// or fails on time. BENCH_PORT sets the port.
/* global document, location, window, MutationObserver -- init scripts run in the browser */
import { median, withDemoBrowser } from './bench-demo.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4284);
const RUNS = 5;
const TENANTS = 3;

// Milliseconds since navigation start at which each moment was first seen, set on window.fleetMoments.
// Graph's answers are timed where the app receives them: the mock Graph answers from a service worker,
// so the page's fetch is the one place both the demo and a real Graph pass through.
function watchMoments() {
  const moments = { graphSent: [], graphAnswers: [] };
  window.fleetMoments = moments;
  const fetchAsSent = window.fetch.bind(window);
  const isGraph = (input) =>
    new URL(input instanceof Request ? input.url : String(input), location.href).hostname.includes(
      'graph.',
    );
  window.fetch = async (...args) => {
    const graph = isGraph(args[0]);
    if (graph) moments.graphSent.push(performance.now());
    const response = await fetchAsSent(...args);
    if (graph) moments.graphAnswers.push(performance.now());
    return response;
  };
  const see = () => {
    const now = performance.now();
    const rows = document.querySelectorAll('table.fleet-connectors tbody tr[aria-rowindex]');
    if (moments.rows === undefined && rows.length > 0) {
      moments.rows = now;
      // Rows shown while a tenant's summary says "As of …" come from the kept snapshot.
      moments.rowsFromSnapshot = /As of /.test(document.body.textContent ?? '');
      moments.graphAnsweredBeforeRows = moments.graphAnswers.length;
    }
    if (moments.firstList === undefined && /Loaded [1-9]\d* of/.test(document.body.textContent))
      moments.firstList = now;
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
  const loaded = `Loaded ${TENANTS} of ${TENANTS} tenants`;
  await page.goto(`${base}/fleet`);
  await page.getByText(loaded).waitFor({ timeout: 60_000 });
  // The snapshots are kept once each tenant's list is in; a moment more lets the effect write them.
  await page.waitForTimeout(500);

  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${base}/fleet`);
    await page.getByText(loaded).waitFor({ timeout: 60_000 });
    runs.push(await page.evaluate(() => window.fleetMoments));
  }
  const ms = (values) => {
    const seen = values.filter((value) => value !== undefined);
    return seen.length ? `${Math.round(median(seen))} ms` : 'not seen';
  };
  const each = (pick) => runs.map((run) => pick(run) ?? '–').join(', ');
  console.log(
    `bench:fleet-snapshot: the demo's ${TENANTS} tenants, median of ${RUNS} opens of /fleet`,
  );
  console.log(
    `  navigation -> first Graph request sent: ${ms(runs.map((run) => run.graphSent[0]))}`,
  );
  console.log(`  navigation -> snapshot rows in the table: ${ms(runs.map((run) => run.rows))}`);
  console.log(
    `  navigation -> first Graph answer (any request): ${ms(runs.map((run) => run.graphAnswers[0]))}`,
  );
  console.log(
    `  navigation -> first tenant listed by Graph ("Loaded 1 of"): ${ms(runs.map((run) => run.firstList))}`,
  );
  console.log(
    `  rows shown with "As of" (from the snapshot), each run: ${each((run) => run.rowsFromSnapshot)}`,
  );
  console.log(
    `  Graph answers before the rows, each run: ${each((run) => run.graphAnsweredBeforeRows)}`,
  );
});
