// Gzipped bytes of the JavaScript and CSS the first page loads, read from the production build's manifest.
// Usage: `npm run size` (builds first). Fails over the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 300 * 1024;
const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** The entry chunk and everything it imports statically: what the browser must fetch before first render. */
function initialFiles(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const css of chunk.css ?? []) seen.add(css);
  for (const imported of chunk.imports ?? []) initialFiles(imported, seen);
  return seen;
}

const initial = [...initialFiles('index.html')];
const lazy = Object.values(manifest)
  .filter((chunk) => chunk.isDynamicEntry)
  .map((chunk) => chunk.file);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = initial.map((file) => [file, gz(file)]);
const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0);

console.log('First page (gzipped):');
for (const [file, bytes] of rows) console.log(`  ${file.padEnd(48)} ${kb(bytes).padStart(10)}`);
console.log(`  ${'total'.padEnd(48)} ${kb(total).padStart(10)}   budget ${kb(BUDGET_BYTES)}`);
console.log('Loaded on demand (gzipped):');
for (const file of lazy) console.log(`  ${file.padEnd(48)} ${kb(gz(file)).padStart(10)}`);

if (total > BUDGET_BYTES) {
  console.error(
    `size: the first page is ${kb(total)} gzipped, over the ${kb(BUDGET_BYTES)} budget.`,
  );
  process.exit(1);
}
