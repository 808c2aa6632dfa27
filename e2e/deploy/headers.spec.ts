import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

const swa = JSON.parse(readFileSync('public/staticwebapp.config.json', 'utf8')) as {
  globalHeaders: Record<string, string>;
  routes: { route: string; headers?: Record<string, string> }[];
};
const bridgeHeaders = Object.fromEntries(
  Object.entries(
    swa.routes.find((route) => route.route === '/redirect.html')?.headers ?? {},
  ).filter(([name]) => name !== 'Cache-Control'),
);
const bridgePolicy = bridgeHeaders['Content-Security-Policy'];
const SECURITY_HEADERS = Object.keys(swa.globalHeaders).map((name) => name.toLowerCase());

test('every kind of path carries the security headers, as deploy/nginx.conf ships them', async ({
  request,
}) => {
  const index = await request.get('/');
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(await index.text())?.[1];
  expect(asset, 'index.html loads a script from /assets/').toBeTruthy();

  const paths = {
    '/': { type: 'text/html', cache: 'no-cache', policy: swa.globalHeaders },
    '/connectors/3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01/edit': {
      type: 'text/html',
      cache: 'no-cache',
      policy: swa.globalHeaders,
    },
    [asset ?? '/assets/missing.js']: {
      type: 'javascript',
      cache: 'public, max-age=31536000, immutable',
      policy: swa.globalHeaders,
    },
    '/redirect.html': {
      type: 'text/html',
      cache: 'no-store',
      // An empty value in a route removes the global header: the bridge sends no COOP.
      policy: { ...swa.globalHeaders, ...bridgeHeaders },
    },
    '/config.json': { type: 'application/json', cache: 'no-store', policy: swa.globalHeaders },
  };
  for (const [path, expected] of Object.entries(paths)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-type'], path).toContain(expected.type);
    expect(headers['cache-control'], path).toBe(expected.cache);
    for (const name of SECURITY_HEADERS) {
      const want = Object.entries(expected.policy).find(([key]) => key.toLowerCase() === name);
      expect(headers[name], `${name} on ${path}`).toBe(want?.[1] || undefined);
    }
  }
  expect(bridgePolicy).toContain("frame-ancestors 'self'");
  expect((await request.get('/')).headers()['cross-origin-opener-policy']).toBe(
    'same-origin-allow-popups',
  );
  expect((await request.get('/redirect.html')).headers()).not.toHaveProperty(
    'cross-origin-opener-policy',
  );
  expect(swa.globalHeaders['Content-Security-Policy']).toContain("frame-ancestors 'none'");
});

test('the production build ships the production Static Web Apps config, which refuses workers', async ({
  request,
}) => {
  const config = (await (await request.get('/staticwebapp.config.json')).json()) as typeof swa;
  expect(config).toEqual(swa);
  expect(config.globalHeaders['Content-Security-Policy']).toContain("worker-src 'none'");
});

test('an error response carries the headers too', async ({ request }) => {
  const response = await request.get('/assets/no-such-file.js');
  expect(response.status()).toBe(404);
  for (const name of SECURITY_HEADERS) expect(response.headers()[name], name).toBeTruthy();
});

test('a missing file is a 404, never the app page, as Static Web Apps excludes it from the fallback', async ({
  request,
}) => {
  for (const path of ['/no-such-script.js', '/no-such-style.css', '/nested/no-such.svg']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    for (const name of SECURITY_HEADERS)
      expect(response.headers()[name], `${name} on ${path}`).toBeTruthy();
  }
  expect((await request.get('/favicon.svg')).status()).toBe(200);
});

test('a deep link loads the app', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: {} }));
  await page.goto('/connectors/3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01/edit');
  await expect(page.getByRole('heading', { name: 'Connect your tenant' })).toBeVisible();
});

test('the page enforces Trusted Types: a string never reaches an HTML sink, and no policy can be made', async ({
  page,
}) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: {} }));
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain(
    "require-trusted-types-for 'script'; trusted-types 'none'",
  );
  await expect(page.getByRole('heading', { name: 'Connect your tenant' })).toBeVisible();
  const refused = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>not trusted</b>';
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  });
  expect(refused).toBe(true);
  // A string, since TypeScript's DOM library does not declare window.trustedTypes yet.
  const policyRefused = await page.evaluate(`(() => {
    try {
      trustedTypes.createPolicy('passthrough', { createHTML: (html) => html });
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  })()`);
  expect(policyRefused).toBe(true);
});
