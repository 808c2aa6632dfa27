// npm run bench:bulk: a bulk change on the demo's 100-connector tenant, in Debian's Chromium. Prints the time
// from Review to the preview on screen, from Apply to every result, and the Graph requests sent. A measurement,
// not a test: nothing here passes or fails on time. BENCH_RUNS sets the runs (default 3), BENCH_PORT the port.
import { median, withDemoBrowser } from './bench-demo.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4273);
const GRAPH = 'https://graph.microsoft.com/beta/';

const SCENARIOS = [
  { name: 'rename all 100 (suffix)', select: 100, edit: renameAll },
  { name: 'state of 45 active connectors', select: 45, edit: inactivate },
];

async function renameAll(dialog, page) {
  await dialog.getByRole('combobox', { name: 'Rename' }).click();
  await page.getByRole('option', { name: 'Add a suffix' }).click();
  await dialog.getByRole('textbox', { name: 'Suffix' }).fill(' (bench)');
}

async function inactivate(dialog, page) {
  await dialog.getByRole('combobox', { name: 'State' }).click();
  await page.getByRole('option', { name: /^Inactive/ }).click();
}

async function selectConnectors(page, count) {
  const rows = page.getByRole('table', { name: 'NDES connectors' }).getByRole('row');
  if (count === 100) {
    await page.getByRole('checkbox', { name: 'Select all connectors in this filter' }).check();
    return;
  }
  const active = rows.filter({ has: page.getByRole('cell', { name: 'Active', exact: true }) });
  for (let index = 0; index < count; index += 1)
    await active.nth(index).getByRole('checkbox').check();
}

async function runOnce(browser, base, scenario) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => {
    if (request.url().startsWith(GRAPH)) requests.push(request);
  });
  await page.goto(base);
  await page.getByRole('banner').getByRole('button', { name: 'More demo tenants' }).click();
  await page.getByRole('menuitem', { name: /^Load a large tenant/ }).click();
  const rows = page.getByRole('table', { name: 'NDES connectors' }).getByRole('row');
  await rows.nth(100).waitFor();
  await selectConnectors(page, scenario.select);
  await page
    .getByRole('toolbar', { name: 'Selected connectors' })
    .getByRole('button', { name: 'Edit selected' })
    .click();
  const dialog = page.getByRole('dialog');
  await scenario.edit(dialog, page);

  requests.length = 0;
  const reviewAt = Date.now();
  await dialog.getByRole('button', { name: 'Review' }).click();
  await dialog
    .getByRole('table', { name: 'Preview of the changes' })
    .getByRole('row')
    .nth(scenario.select)
    .waitFor();
  const previewMs = Date.now() - reviewAt;

  const applyAt = Date.now();
  await dialog.getByRole('button', { name: /^Apply \d+ changes?$/ }).click();
  await dialog.getByText(/^All \d+ done\.$/).waitFor({ timeout: 120_000 });
  const applyMs = Date.now() - applyAt;
  // The list read that refreshes the caches follows the results.
  await page.waitForTimeout(1_000);
  const batches = requests.filter((request) => request.url() === `${GRAPH}$batch`);
  const inner = batches.flatMap((request) => request.postDataJSON().requests);
  const reads = requests.filter((request) => request.method() === 'GET').length;
  await context.close();
  return {
    previewMs,
    applyMs,
    batches: batches.length,
    inner: inner.length,
    reads,
    total: requests.length,
  };
}

await withDemoBrowser(PORT, async (browser, base) => {
  console.log(`bench:bulk: the demo build, 100-connector tenant, ${RUNS} runs each, median shown`);
  for (const scenario of SCENARIOS) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await runOnce(browser, base, scenario));
    const last = runs.at(-1);
    console.log(
      [
        `  ${scenario.name}:`,
        `Review -> preview ${median(runs.map((run) => run.previewMs))} ms,`,
        `Apply -> all results ${median(runs.map((run) => run.applyMs))} ms,`,
        `requests ${last.total} (${last.batches} $batch with ${last.inner} inner, ${last.reads} list reads)`,
      ].join(' '),
    );
  }
});
