import { parseAppConfig } from './app-config';
import { buildTimeConfig } from './build-time-config';

const ORIGIN = 'https://admin.contoso.com';
const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const TENANT_B = '22222222-3333-4444-5555-666666666666';
const VALID = { clientId: CLIENT_ID, tenantId: 'contoso.onmicrosoft.com' };

function problemsOf(raw: unknown) {
  const result = parseAppConfig(raw, ORIGIN);
  if (result.kind !== 'invalid') throw new Error(`expected invalid, got ${result.kind}`);
  return result.problems;
}

describe('parseAppConfig', () => {
  it('fills every default from a client id and a tenant', () => {
    expect(parseAppConfig({ clientId: CLIENT_ID, tenantId: 'organizations' }, ORIGIN)).toEqual({
      kind: 'ok',
      config: {
        clientId: CLIENT_ID,
        tenantId: 'organizations',
        tenants: [{ tenantId: 'organizations', name: 'organizations' }],
        cloud: 'global',
        authority: 'https://login.microsoftonline.com/organizations',
        loginHost: 'login.microsoftonline.com',
        graphBaseUrl: 'https://graph.microsoft.com/beta',
        scopes: ['https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All'],
        redirectUri: 'https://admin.contoso.com/redirect.html',
        idleTimeoutMinutes: 30,
        requestTimeoutSeconds: 30,
        connectorReleases: [],
      },
    });
  });

  it('takes every key when given', () => {
    const result = parseAppConfig(
      {
        clientId: CLIENT_ID,
        tenantId: 'contoso.onmicrosoft.us',
        cloud: 'usgovdod',
        scopes: ['DeviceManagementConfiguration.Read.All'],
        redirectUri: 'https://admin.contoso.com/signed-in.html',
        idleTimeoutMinutes: 720,
        requestTimeoutSeconds: 90,
        connectorReleases: [{ version: '6.2611.1.1', released: '2026-11-02' }],
      },
      ORIGIN,
    );
    expect(result.kind === 'ok' && result.config).toMatchObject({
      tenantId: 'contoso.onmicrosoft.us',
      authority: 'https://login.microsoftonline.us/contoso.onmicrosoft.us',
      graphBaseUrl: 'https://dod-graph.microsoft.us/beta',
      scopes: ['https://dod-graph.microsoft.us/DeviceManagementConfiguration.Read.All'],
      redirectUri: 'https://admin.contoso.com/signed-in.html',
      idleTimeoutMinutes: 720,
      requestTimeoutSeconds: 90,
      connectorReleases: [{ version: '6.2611.1.1', released: '2026-11-02' }],
    });
  });

  it('accepts http: for a redirect URI on localhost only', () => {
    expect(
      parseAppConfig(
        { ...VALID, redirectUri: 'http://localhost:5173/redirect.html' },
        'http://localhost:5173',
      ).kind,
    ).toBe('ok');
  });

  it('accepts a scope of the configured cloud, written out in full', () => {
    expect(
      parseAppConfig(
        {
          ...VALID,
          cloud: 'usgov',
          scopes: ['https://graph.microsoft.us/DeviceManagementConfiguration.Read.All'],
        },
        ORIGIN,
      ).kind,
    ).toBe('ok');
  });

  it('accepts an idle timeout from 5 to 720 minutes', () => {
    for (const idleTimeoutMinutes of [5, 720]) {
      const result = parseAppConfig({ ...VALID, idleTimeoutMinutes }, ORIGIN);
      expect(result.kind === 'ok' && result.config.idleTimeoutMinutes).toBe(idleTimeoutMinutes);
    }
  });

  it('accepts a tenant GUID', () => {
    expect(parseAppConfig({ clientId: CLIENT_ID, tenantId: CLIENT_ID }, ORIGIN).kind).toBe('ok');
  });

  it('treats no client id as not configured yet', () => {
    expect(parseAppConfig({}, ORIGIN)).toEqual({ kind: 'missing' });
    expect(parseAppConfig({ cloud: 'china' }, ORIGIN)).toEqual({ kind: 'missing' });
  });

  it.each([
    [{ clientId: 'my-app' }, 'clientId', 'a GUID'],
    [{ clientId: CLIENT_ID, tenantId: 'not a tenant' }, 'tenantId', 'Directory (tenant) ID'],
    [{ clientId: CLIENT_ID, cloud: 'mars' }, 'cloud', '"global", "usgov", "usgovdod", "china"'],
    [
      { clientId: CLIENT_ID, scopes: 'DeviceManagementConfiguration.ReadWrite.All' },
      'scopes',
      'an array',
    ],
    [{ clientId: CLIENT_ID, scopes: [] }, 'scopes', 'at least one permission'],
    [{ clientId: CLIENT_ID, scopes: [''] }, 'scopes.0', 'non-empty'],
    [{ clientId: CLIENT_ID, redirectUri: '/redirect.html' }, 'redirectUri', 'an absolute URL'],
    [{ clientId: CLIENT_ID, clientSecret: 'x' }, 'clientSecret', 'no such key'],
    [{ clientId: CLIENT_ID }, 'tenantId', 'single-tenant app registration'],
    [{ ...VALID, redirectUri: 'http://admin.contoso.com/redirect.html' }, 'redirectUri', 'https:'],
    [{ ...VALID, redirectUri: 'https://elsewhere.example/redirect.html' }, 'redirectUri', ORIGIN],
    [
      { ...VALID, scopes: ['https://graph.microsoft.us/DeviceManagementConfiguration.Read.All'] },
      'scopes.0',
      'https://graph.microsoft.com/',
    ],
    [{ ...VALID, idleTimeoutMinutes: -5 }, 'idleTimeoutMinutes', 'at least 5 minutes'],
    [{ ...VALID, idleTimeoutMinutes: 0 }, 'idleTimeoutMinutes', 'at least 5 minutes'],
    [{ ...VALID, idleTimeoutMinutes: 4 }, 'idleTimeoutMinutes', 'at least 5 minutes'],
    [{ ...VALID, idleTimeoutMinutes: 721 }, 'idleTimeoutMinutes', 'at most 720 minutes'],
    [{ ...VALID, idleTimeoutMinutes: 7.5 }, 'idleTimeoutMinutes', 'whole number'],
    [{ ...VALID, idleTimeoutMinutes: '60' }, 'idleTimeoutMinutes', 'from 5 to 720'],
    [{ ...VALID, requestTimeoutSeconds: 0 }, 'requestTimeoutSeconds', 'at least 1 second'],
    [{ ...VALID, requestTimeoutSeconds: 2.5 }, 'requestTimeoutSeconds', 'whole number'],
    [{ ...VALID, requestTimeoutSeconds: 3600 }, 'requestTimeoutSeconds', 'at most 300'],
    [{ ...VALID, requestTimeoutSeconds: '30' }, 'requestTimeoutSeconds', 'a number of seconds'],
  ])('names the bad key in %j', (raw, key, expected) => {
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.key).toBe(key);
    expect(problems[0]?.expected).toContain(expected);
  });

  it('reports every bad key at once', () => {
    expect(
      problemsOf({ clientId: 'x', cloud: 'y', extra: true })
        .map((problem) => problem.key)
        .sort(),
    ).toEqual(['clientId', 'cloud', 'extra']);
  });

  it('names the bad tenant entry and what it expects', () => {
    const contoso = { tenantId: CLIENT_ID, name: 'Contoso' };
    const cases: [unknown, string, string][] = [
      [{ tenants: 'Contoso' }, 'tenants', 'an array of'],
      [{ tenants: [] }, 'tenants', 'at least one tenant'],
      [{ tenants: [{ tenantId: 'contoso.com', name: 'Contoso' }] }, 'tenants.0.tenantId', 'GUID'],
      [{ tenants: [{ tenantId: CLIENT_ID, name: ' ' }] }, 'tenants.0.name', 'non-empty name'],
      [{ tenants: [{ tenantId: CLIENT_ID }] }, 'tenants.0.name', 'the name admins know'],
      [{ tenants: [{ ...contoso, colour: 'red' }] }, 'colour', 'no such key'],
      [{ tenants: [contoso, { ...contoso, name: 'Other' }] }, 'tenants.1.tenantId', 'listed once'],
      [
        { tenants: [contoso, { tenantId: TENANT_B, name: 'contoso' }] },
        'tenants.1.name',
        'already used',
      ],
    ];
    for (const [extra, key, expected] of cases) {
      const problems = problemsOf({ clientId: CLIENT_ID, ...(extra as object) });
      expect(problems).toEqual([{ key, expected: expect.stringContaining(expected) }]);
    }
  });

  it('names the bad connector release and what it expects', () => {
    const release = { version: '6.2611.1.1', released: '2026-11-02' };
    const cases: [unknown, string, string][] = [
      [release, 'connectorReleases', 'an array of'],
      [[{ ...release, version: 6.2611 }], 'connectorReleases.0.version', 'a connector version'],
      [[{ ...release, version: 'v6.2611' }], 'connectorReleases.0.version', 'numbers and dots'],
      [[{ ...release, version: '6' }], 'connectorReleases.0.version', 'numbers and dots'],
      [[{ version: '6.2611.1.1' }], 'connectorReleases.0.released', 'year-month-day'],
      [[{ ...release, released: '02/11/2026' }], 'connectorReleases.0.released', 'real release'],
      [[{ ...release, released: '2026-02-30' }], 'connectorReleases.0.released', 'real release'],
      [[{ ...release, date: '2026-11-02' }], 'date', 'no such key'],
      [[release, { ...release }], 'connectorReleases.1.version', 'listed once'],
      [
        [release, { version: '6.2611.1.1.0', released: '2026-11-03' }],
        'connectorReleases.1.version',
        '6.2611.1.1.0 is already in the list',
      ],
    ];
    for (const [connectorReleases, key, expected] of cases) {
      expect(problemsOf({ ...VALID, connectorReleases })).toEqual([
        { key, expected: expect.stringContaining(expected) },
      ]);
    }
  });

  it('accepts connector releases in any order, a leap day included', () => {
    const connectorReleases = [
      { version: '6.2611.1.1', released: '2026-11-02' },
      { version: '6.2701.0.1', released: '2028-02-29' },
    ];
    const result = parseAppConfig({ ...VALID, connectorReleases }, ORIGIN);
    expect(result.kind === 'ok' && result.config.connectorReleases).toEqual(connectorReleases);
  });

  it('lists the tenants and signs in to the first when no tenantId is set', () => {
    const tenants = [
      { tenantId: CLIENT_ID, name: 'Contoso' },
      { tenantId: TENANT_B, name: 'Fabrikam' },
    ];
    const result = parseAppConfig({ clientId: CLIENT_ID, tenants }, ORIGIN);
    expect(result.kind === 'ok' && result.config).toMatchObject({
      tenantId: CLIENT_ID,
      tenants,
      authority: `https://login.microsoftonline.com/${CLIENT_ID}`,
    });
  });

  it('signs in to the home tenantId when the listed tenants are customers', () => {
    const tenants = [{ tenantId: TENANT_B, name: 'Fabrikam' }];
    const result = parseAppConfig({ ...VALID, tenants }, ORIGIN);
    expect(result.kind === 'ok' && result.config).toMatchObject({
      tenantId: 'contoso.onmicrosoft.com',
      tenants,
    });
  });

  it('rejects a file that is not an object', () => {
    expect(problemsOf(['clientId'])[0]?.key).toBe('(file)');
    expect(problemsOf(null)[0]?.key).toBe('(file)');
  });
});

describe('buildTimeConfig', () => {
  it('reads the VITE_* fallbacks and ignores empty ones', () => {
    expect(
      buildTimeConfig({
        VITE_CLIENT_ID: CLIENT_ID,
        VITE_TENANT_ID: '',
        VITE_CLOUD: 'china',
        VITE_SCOPES: 'A.Read, B.Read',
        VITE_REQUEST_TIMEOUT_SECONDS: '45',
      }),
    ).toEqual({
      clientId: CLIENT_ID,
      cloud: 'china',
      scopes: ['A.Read', 'B.Read'],
      requestTimeoutSeconds: 45,
    });
  });
});
