import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { CLOUDS } from '../src/config/clouds';

type Headers = Record<string, string>;
const swa = JSON.parse(readFileSync('public/staticwebapp.config.json', 'utf8')) as {
  globalHeaders: Headers;
  routes: { route: string; headers?: Headers }[];
  navigationFallback: { rewrite: string };
};
const server = readFileSync('deploy/nginx.conf', 'utf8');
const site = readFileSync('deploy/snippets/ndes-connector-admin.conf', 'utf8');
const headersSnippet = readFileSync('deploy/snippets/ndes-connector-admin-headers.conf', 'utf8');
const HEADERS_INCLUDE = 'include snippets/ndes-connector-admin-headers.conf;';

const locations = [...site.matchAll(/^location (.+?) \{$([^}]*)^\}/gm)].map(([, path, body]) => ({
  path: path ?? '',
  body: body ?? '',
}));
const outsideLocations = site.replace(/^location .+? \{$[^}]*^\}/gm, '').replace(/^#.*$/gm, '');
const variable = (text: string, name: string) =>
  new RegExp(`set \\$${name} "([^"]*)";`).exec(text)?.[1];

// Both servers send no header whose value is empty: nginx skips an empty add_header, and a Static Web
// Apps route removes a global header by giving it an empty value.
const sent = (headers: Headers): Headers =>
  Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== ''));

/** The headers nginx sends for a location: the snippet's add_header lines with the variables filled in. */
function nginxHeaders(locationBody: string): Headers {
  const value = (name: string) =>
    variable(locationBody, name) ?? variable(outsideLocations, name) ?? `(unset $${name})`;
  return sent(
    Object.fromEntries(
      [...headersSnippet.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map(([, name, text]) => [
        name ?? '',
        (text ?? '').replace(/\$(\w+)/g, (_, key: string) => value(key)),
      ]),
    ),
  );
}

const location = (path: string) => {
  const found = locations.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`deploy/snippets/ndes-connector-admin.conf has no location ${path}`);
  return found;
};
const csp = swa.globalHeaders['Content-Security-Policy'] ?? '';
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name)
    ?.slice(1) ?? [];

describe('the shipped deployment configs', () => {
  it('allow no inline or eval script and no worker in production', () => {
    expect(directive(csp, 'script-src')).toEqual(["'self'"]);
    expect(directive(csp, 'object-src')).toEqual(["'none'"]);
    expect(directive(csp, 'worker-src')).toEqual(["'none'"]);
    // The app runs under Trusted Types (the e2e suites fail on any violation): no HTML-to-script sink,
    // and no policy may be created that would turn a string into trusted HTML or script.
    expect(directive(csp, 'require-trusted-types-for')).toEqual(["'script'"]);
    expect(directive(csp, 'trusted-types')).toEqual(["'none'"]);
  });

  it('limit connect-src to the app and the login and Graph hosts', () => {
    const hosts = Object.values(CLOUDS).flatMap((cloud) => [
      `https://${cloud.loginHost}`,
      `https://${cloud.graphHost}`,
    ]);
    expect(new Set(directive(csp, 'connect-src'))).toEqual(new Set(["'self'", ...hosts]));
  });

  it('send every security header on every nginx location, errors included', () => {
    expect(server).toContain('include snippets/ndes-connector-admin.conf;');
    expect(locations.map((entry) => entry.path)).toEqual([
      '= /redirect.html',
      '= /config.json',
      '^~ /assets/',
      '~* \\.(?:js|css|png|svg|ico|json|map|txt)$',
      '/',
    ]);
    for (const entry of locations) expect(entry.body).toContain(HEADERS_INCLUDE);
    // add_header outside a location would be dropped wherever a location adds its own.
    expect(outsideLocations).not.toContain('add_header');
    expect(server).not.toContain('add_header');
    expect(headersSnippet.match(/add_header .* always;/g)).toHaveLength(6);
  });

  it('send the same headers as Azure Static Web Apps', () => {
    for (const path of ['= /config.json', '^~ /assets/', '/']) {
      expect(nginxHeaders(location(path).body)).toEqual(swa.globalHeaders);
    }
  });

  it('let only the app frame redirect.html, for silent renewal', () => {
    const bridgeRoute = swa.routes.find((route) => route.route === '/redirect.html');
    const { 'Cache-Control': cacheControl, ...bridgeHeaders } = bridgeRoute?.headers ?? {};
    expect(cacheControl).toBe('no-store');
    const bridge = nginxHeaders(location('= /redirect.html').body);
    expect(bridge).toEqual(sent({ ...swa.globalHeaders, ...bridgeHeaders }));
    expect(directive(bridge['Content-Security-Policy'] ?? '', 'trusted-types')).toEqual(["'none'"]);
    expect(directive(bridge['Content-Security-Policy'] ?? '', 'frame-ancestors')).toEqual([
      "'self'",
    ]);
    expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"]);
  });

  it('never cache redirect.html or config.json', () => {
    for (const path of ['/redirect.html', '/config.json']) {
      expect(swa.routes.find((route) => route.route === path)?.headers?.['Cache-Control']).toBe(
        'no-store',
      );
      expect(location(`= ${path}`).body).toContain('add_header Cache-Control "no-store" always;');
    }
  });

  it("isolate the app's pages from other sites' windows, but not from its own popups or the bridge", () => {
    const COOP = 'Cross-Origin-Opener-Policy';
    // same-origin would also cut off the popups the app opens (MSAL's popup sign-in needs its opener).
    for (const path of ['= /config.json', '^~ /assets/', '/'])
      expect(nginxHeaders(location(path).body)[COOP]).toBe('same-origin-allow-popups');
    expect(swa.globalHeaders[COOP]).toBe('same-origin-allow-popups');
    // MSAL's redirect bridge must keep its opener: no COOP header at all.
    expect(nginxHeaders(location('= /redirect.html').body)).not.toHaveProperty(COOP);
    const bridgeRoute = swa.routes.find((route) => route.route === '/redirect.html');
    expect(sent({ ...swa.globalHeaders, ...bridgeRoute?.headers })).not.toHaveProperty(COOP);
  });

  it('fall back to index.html for deep links', () => {
    expect(swa.navigationFallback.rewrite).toBe('/index.html');
    expect(location('/').body).toContain('try_files $uri /index.html;');
  });
});

describe("the demo's Static Web Apps config (deploy/staticwebapp.demo.config.json)", () => {
  const demo = JSON.parse(
    readFileSync('deploy/staticwebapp.demo.config.json', 'utf8'),
  ) as typeof swa;
  const demoCsp = demo.globalHeaders['Content-Security-Policy'] ?? '';
  const TRUSTED_TYPES = /;\s*(require-trusted-types-for|trusted-types) [^;]*/g;
  // The worker directive and Trusted Types (which refuse the worker's script URL) are all that differ.
  const asProduction = (policy: string) =>
    policy.replace("worker-src 'self'", "worker-src 'none'").replace(TRUSTED_TYPES, '');

  it("lets MSW's service worker run, where production lets no worker run", () => {
    expect(directive(demoCsp, 'worker-src')).toEqual(["'self'"]);
    expect(directive(demoCsp, 'require-trusted-types-for')).toEqual([]);
    expect(directive(csp, 'worker-src')).toEqual(["'none'"]);
  });

  it('is the production config in everything else', () => {
    const withProductionCsp = (config: typeof swa): unknown =>
      JSON.parse(
        JSON.stringify(config).replace(
          /"Content-Security-Policy":"([^"]*)"/g,
          (_, policy: string) => `"Content-Security-Policy":"${asProduction(policy)}"`,
        ),
      );
    expect(withProductionCsp(demo)).toEqual(withProductionCsp(swa));
    expect(asProduction(demoCsp)).toBe(asProduction(csp));
  });
});

describe('scripts/print-csp.mjs', () => {
  it("prints the policy with only one cloud's login and Graph hosts", () => {
    const run = spawnSync('node', ['scripts/print-csp.mjs', 'usgov'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const printed = run.stdout.trim();
    expect(directive(printed, 'connect-src')).toEqual([
      "'self'",
      'https://login.microsoftonline.us',
      'https://graph.microsoft.us',
    ]);
    expect(directive(printed, 'frame-src')).toEqual(["'self'", 'https://login.microsoftonline.us']);
    expect(directive(printed, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(printed, 'script-src')).toEqual(directive(csp, 'script-src'));
  });

  it('names the clouds when the argument is missing', () => {
    const run = spawnSync('node', ['scripts/print-csp.mjs', 'mars'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('global|usgov|usgovdod|china');
  });
});
