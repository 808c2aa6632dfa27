// Gzipped bytes of the JavaScript and CSS the first page loads, read from the production build's manifest,
// by file and by package. Usage: `npm run size` (builds with hidden source maps first). Fails over the budget.
// The source maps are read and then deleted, so dist/ is left as production ships it: without maps.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { addGzipShares, attributeChunk } from './bundle-attribution.mjs';

// Issue #12's gate. The figure reached is in docs/performance.md.
const BUDGET_BYTES = 225 * 1024;
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
const row = (name, ...cells) =>
  console.log(`  ${name.padEnd(48)} ${cells.map((cell) => cell.padStart(10)).join(' ')}`);
const rows = initial.map((file) => [file, gz(file)]);
const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0);

console.log('First page (gzipped):');
for (const [file, bytes] of rows) row(file, kb(bytes));
row('total', kb(total), `  budget ${kb(BUDGET_BYTES)}`);

function byPackage() {
  const packages = new Map();
  for (const [file, gzipped] of rows) {
    const mapFile = join(dist, `${file}.map`);
    if (!file.endsWith('.js') || !existsSync(mapFile)) {
      const label = file.endsWith('.css') ? `(stylesheet) ${file}` : `(no source map) ${file}`;
      addGzipShares(packages, new Map([[label, 1]]), gzipped);
      continue;
    }
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    addGzipShares(packages, attributeChunk(readFileSync(join(dist, file), 'utf8'), map), gzipped);
  }
  return [...packages].sort(([, a], [, b]) => b.gzipped - a.gzipped);
}

console.log(
  'First page by package (minified bytes from the source maps; gzipped = each chunk’s gzipped size\n' +
    'shared out in proportion to minified bytes, an estimate: gzip compresses packages unevenly):',
);
row('package', 'minified', 'gzipped');
const packages = byPackage();
for (const [name, { minified, gzipped }] of packages) row(name, kb(minified), `~${kb(gzipped)}`);
// The first page draws MUI's look with static CSS (src/components/ui); MUI loads with the other screens.
const runtimeStyling = packages
  .map(([name]) => name)
  .filter((name) => /^@(mui|emotion)\//.test(name));

console.log('Loaded on demand (gzipped):');
for (const file of lazy) row(file, kb(gz(file)));

const assets = join(dist, 'assets');
for (const name of readdirSync(assets).filter((file) => file.endsWith('.map')))
  rmSync(join(assets, name));

if (runtimeStyling.length > 0) {
  console.error(
    `size: the first page carries ${runtimeStyling.join(', ')}: a module it imports statically uses MUI. ` +
      'Use src/components/ui there, or load the MUI part with withMui/lazyMui (src/theme/with-mui.ts).',
  );
  process.exit(1);
}
if (total > BUDGET_BYTES) {
  console.error(
    `size: the first page is ${kb(total)} gzipped, over the ${kb(BUDGET_BYTES)} budget.`,
  );
  process.exit(1);
}
