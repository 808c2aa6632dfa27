import { http, HttpResponse } from 'msw';

import { server } from '@/mocks/node';

import { DEFAULT_REQUEST_TIMEOUT_SECONDS } from './app-config';
import { loadDemoConfig } from './load-app-config';

const serveConfig = (answer: () => Response) =>
  server.use(http.get('*/config.json', () => answer()));

describe('loadDemoConfig', () => {
  it("takes config.json's connector releases and request timeout", async () => {
    serveConfig(() =>
      HttpResponse.json({
        requestTimeoutSeconds: 12,
        connectorReleases: [{ version: '6.2611.1.1', released: '2026-11-02' }],
      }),
    );
    await expect(loadDemoConfig()).resolves.toEqual({
      kind: 'ok',
      requestTimeoutSeconds: 12,
      connectorReleases: [{ version: '6.2611.1.1', released: '2026-11-02' }],
    });
  });

  it('starts with the shipped table when there is no config.json', async () => {
    serveConfig(
      () => new HttpResponse('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
    );
    await expect(loadDemoConfig()).resolves.toEqual({
      kind: 'ok',
      requestTimeoutSeconds: DEFAULT_REQUEST_TIMEOUT_SECONDS,
      connectorReleases: [],
    });
  });

  it('ignores the keys only a signed-in app reads', async () => {
    serveConfig(() => HttpResponse.json({ clientId: 'not a GUID', tenants: 'none' }));
    await expect(loadDemoConfig()).resolves.toMatchObject({ kind: 'ok', connectorReleases: [] });
  });

  it('names a bad release the way the signed-in config error page does', async () => {
    serveConfig(() =>
      HttpResponse.json({
        connectorReleases: [
          { version: '6.2611.1.1', released: '2026-02-30' },
          { version: 'next', released: '2026-12-01' },
        ],
      }),
    );
    await expect(loadDemoConfig()).resolves.toEqual({
      kind: 'invalid',
      problems: [
        {
          key: 'connectorReleases.0.released',
          expected: 'a real release date, year-month-day, such as "2026-11-02"',
        },
        {
          key: 'connectorReleases.1.version',
          expected: 'a connector version such as "6.2611.1.1": numbers and dots',
        },
      ],
    });
  });

  it('reports a file that is not JSON instead of starting without its releases', async () => {
    serveConfig(
      () =>
        new HttpResponse('{ "connectorReleases": [', {
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    await expect(loadDemoConfig()).resolves.toEqual({
      kind: 'invalid',
      problems: [{ key: '(file)', expected: 'valid JSON: /config.json could not be parsed' }],
    });
  });

  it('keeps the default timeout, with a warning, when requestTimeoutSeconds is bad', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    serveConfig(() => HttpResponse.json({ requestTimeoutSeconds: 0 }));
    await expect(loadDemoConfig()).resolves.toMatchObject({
      kind: 'ok',
      requestTimeoutSeconds: DEFAULT_REQUEST_TIMEOUT_SECONDS,
    });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('at least 1 second'));
    warn.mockRestore();
  });
});
