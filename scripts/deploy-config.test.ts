import { readFileSync } from 'node:fs';

import { CLOUDS } from '../src/config/clouds';

const swa = JSON.parse(readFileSync('public/staticwebapp.config.json', 'utf8')) as {
  globalHeaders: Record<string, string>;
  routes: { route: string; headers?: Record<string, string> }[];
  navigationFallback: { rewrite: string };
};
const nginx = readFileSync('deploy/nginx.conf', 'utf8');
const csp = swa.globalHeaders['Content-Security-Policy'] ?? '';
const directive = (name: string) =>
  csp
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name)
    ?.slice(1) ?? [];

describe('the shipped deployment configs', () => {
  it('allow no inline or eval script', () => {
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
  });

  it('limit connect-src to the app and the login and Graph hosts', () => {
    const hosts = Object.values(CLOUDS).flatMap((cloud) => [
      `https://${cloud.loginHost}`,
      `https://${cloud.graphHost}`,
    ]);
    expect(new Set(directive('connect-src'))).toEqual(new Set(["'self'", ...hosts]));
  });

  it('use one policy in Azure Static Web Apps and nginx', () => {
    expect(nginx).toContain(`set $csp "${csp}";`);
  });

  it('never cache redirect.html or config.json, and set no COOP on the bridge', () => {
    for (const path of ['/redirect.html', '/config.json']) {
      expect(swa.routes.find((route) => route.route === path)?.headers?.['Cache-Control']).toBe(
        'no-store',
      );
      expect(nginx).toMatch(new RegExp(`location = ${path.replace('.', '\\.')} \\{[^}]*no-store`));
    }
    expect(JSON.stringify(swa)).not.toContain('Cross-Origin-Opener-Policy');
    expect(nginx).not.toContain('Cross-Origin-Opener-Policy');
  });

  it('fall back to index.html for deep links', () => {
    expect(swa.navigationFallback.rewrite).toBe('/index.html');
    expect(nginx).toContain('try_files $uri /index.html;');
  });
});
