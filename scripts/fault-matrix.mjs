// `npm run test:faults`: runs the fault-injection suite (e2e/faults, demo build) and prints the fault
// matrix as a table of place, scenario, expected behaviour and result. Extra arguments go to Playwright.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const REPORT = 'reports/faults.json';

mkdirSync('reports', { recursive: true });
const run = spawnSync(
  'npx',
  [
    'playwright',
    'test',
    'e2e/faults',
    '--project=demo',
    '--reporter=list,json',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: REPORT } },
);

if (!existsSync(REPORT)) {
  console.error(`fault-matrix: Playwright wrote no ${REPORT}; see its output above.`);
  process.exit(run.status ?? 1);
}

/** Every test in the report, wherever its spec sits in the suite tree. */
function* tests(suite) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) yield { title: spec.title, test };
  }
  for (const child of suite.suites ?? []) yield* tests(child);
}

function resultOf(test) {
  const fixme = test.annotations.find((annotation) => annotation.type === 'fixme');
  if (fixme) return 'fixme';
  if (test.status === 'skipped') return 'skipped';
  if (test.status === 'flaky') return 'flaky';
  return test.status === 'expected' ? 'passed' : 'FAILED';
}

const report = JSON.parse(readFileSync(REPORT, 'utf8'));
const rows = [...report.suites.flatMap((suite) => [...tests(suite)])].map(({ title, test }) => {
  const [place, ...rest] = title.split(': ');
  const expected = test.annotations.find((annotation) => annotation.type === 'expected');
  return [place, rest.join(': ') || title, expected?.description ?? '', resultOf(test)];
});

// The matrix's places first, in the order a user meets them; the other checks after.
const ORDER = ['list', 'detail', 'scope tags', 'save'];
const rank = (place) => (ORDER.includes(place) ? ORDER.indexOf(place) : ORDER.length);
rows.sort((a, b) => rank(a[0]) - rank(b[0]));

const header = ['Place', 'Scenario', 'Expected behaviour', 'Result'];
const widths = header.map((name, column) =>
  Math.max(name.length, ...rows.map((row) => row[column].length)),
);
const line = (cells) =>
  `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;

console.log(`\nFault matrix (${REPORT})\n`);
console.log(line(header));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));

const count = (result) => rows.filter((row) => row[3] === result).length;
console.log(
  `\n${count('passed')} passed, ${count('FAILED')} failed, ${count('flaky')} flaky, ${count('fixme')} fixme (behaviour not built yet), ${count('skipped')} skipped`,
);
process.exit(run.status ?? 1);
