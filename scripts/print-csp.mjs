// Prints the shipped Content-Security-Policy narrowed to one cloud, so a deployment lists only its own
// login and Graph hosts. Usage: node scripts/print-csp.mjs <global|usgov|usgovdod|china> [--redirect-bridge]
// (--redirect-bridge: the policy for /redirect.html, which the app may frame for silent renewal).
import { readFileSync } from 'node:fs';

const clouds = JSON.parse(readFileSync(new URL('../src/config/clouds.json', import.meta.url)));
const swa = JSON.parse(
  readFileSync(new URL('../public/staticwebapp.config.json', import.meta.url), 'utf8'),
);

const [cloudName, flag] = process.argv.slice(2);
const cloud = clouds[cloudName ?? ''];
if (!cloud) {
  console.error(
    `Usage: node scripts/print-csp.mjs <${Object.keys(clouds).join('|')}> [--redirect-bridge]`,
  );
  process.exit(2);
}

const allHosts = Object.values(clouds).flatMap((c) => [
  `https://${c.loginHost}`,
  `https://${c.graphHost}`,
]);
const ownHosts = new Set([`https://${cloud.loginHost}`, `https://${cloud.graphHost}`]);
const policy =
  flag === '--redirect-bridge'
    ? swa.routes.find((route) => route.route === '/redirect.html').headers[
        'Content-Security-Policy'
      ]
    : swa.globalHeaders['Content-Security-Policy'];

const narrowed = policy
  .split(';')
  .map((directive) =>
    directive
      .trim()
      .split(/\s+/)
      .filter((source) => !allHosts.includes(source) || ownHosts.has(source))
      .join(' '),
  )
  .join('; ');
console.log(narrowed);
