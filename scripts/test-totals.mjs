// Adds up the unit (Vitest) and e2e (Playwright) JSON reports into CI's closing line: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

let passed = 0;
let failed = 0;
let skipped = 0;

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}

const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}

// npm test exited non-zero with no failing test: a check (typecheck, lint, size) failed; count it.
if (process.env.CHECKS_FAILED === '1' && failed === 0) failed = 1;

console.log(`unit: ${unit ? 'ran' : 'did not run'}, e2e: ${e2e ? 'ran' : 'did not run'}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
