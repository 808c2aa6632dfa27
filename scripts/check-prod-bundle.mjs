// Proves a production build (`dist/`) carries no mock Graph, no demo token and nothing secret-looking.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [dist = 'dist', ...flags] = process.argv.slice(2);
// `npm run size` builds with hidden maps to attribute bytes to packages, then deletes them.
const mapsAllowed = flags.includes('--hidden-maps-allowed');
const FORBIDDEN = [
  ['mockServiceWorker', 'the MSW service worker'],
  ['setupWorker', 'MSW'],
  ['ndes-connector-admin.demo-tenant', 'the demo tenant store'],
  ['CERT01.corp.contoso.com', 'mock seed data'],
  ['demo-access-token', 'the demo token'],
  ['admin@contoso.example', 'the demo account'],
  ['__mockGraph', 'the fault-injection hook'],
  // The Windows account broker extension's id: only MSAL's platform broker, left out by vite.config.ts, uses it.
  ['ppnbnpeolgkicgegkbkbjmhlideopiji', "MSAL's platform broker (see withoutPlatformBroker)"],
];
const JWT = /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\./;

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

const problems = [];
if (existsSync(join(dist, 'mockServiceWorker.js')))
  problems.push(`${dist}/mockServiceWorker.js exists`);
if (existsSync(join(dist, 'kit-compare.html')))
  problems.push(`${dist}/kit-compare.html exists: the kit's compare page is for the demo's tests`);
for (const file of files(dist).filter((path) => path.endsWith('.map') && !mapsAllowed))
  problems.push(`${file} is a source map: production ships none`);
for (const file of files(dist).filter((path) => /\.(js|html|css|json)$/.test(path))) {
  const text = readFileSync(file, 'utf8');
  for (const [needle, what] of FORBIDDEN) {
    if (text.includes(needle)) problems.push(`${file} contains ${what} ("${needle}")`);
  }
  if (text.includes('//# sourceMappingURL=')) problems.push(`${file} points to a source map`);
  if (JWT.test(text)) problems.push(`${file} contains something shaped like a JWT`);
}

if (problems.length > 0) {
  console.error(
    `check-prod-bundle: the production build is not clean:\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `check-prod-bundle: ${files(dist).length} files in ${dist}/, no mock code, demo token or secrets.`,
);
