import { buildTimeConfig, parseAppConfig } from './app-config';

const ORIGIN = 'https://admin.contoso.com';
const CLIENT_ID = '11111111-2222-3333-4444-555555555555';

function problemsOf(raw: unknown) {
  const result = parseAppConfig(raw, ORIGIN);
  if (result.kind !== 'invalid') throw new Error(`expected invalid, got ${result.kind}`);
  return result.problems;
}

describe('parseAppConfig', () => {
  it('fills every default from a client id alone', () => {
    expect(parseAppConfig({ clientId: CLIENT_ID }, ORIGIN)).toEqual({
      kind: 'ok',
      config: {
        clientId: CLIENT_ID,
        tenantId: 'organizations',
        cloud: 'global',
        authority: 'https://login.microsoftonline.com/organizations',
        loginHost: 'login.microsoftonline.com',
        graphBaseUrl: 'https://graph.microsoft.com/beta',
        scopes: ['https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All'],
        redirectUri: 'https://admin.contoso.com/redirect.html',
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
        redirectUri: 'https://ndes.contoso.us/redirect.html',
      },
      ORIGIN,
    );
    expect(result.kind === 'ok' && result.config).toMatchObject({
      tenantId: 'contoso.onmicrosoft.us',
      authority: 'https://login.microsoftonline.us/contoso.onmicrosoft.us',
      graphBaseUrl: 'https://dod-graph.microsoft.us/beta',
      scopes: ['https://dod-graph.microsoft.us/DeviceManagementConfiguration.Read.All'],
      redirectUri: 'https://ndes.contoso.us/redirect.html',
    });
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
      }),
    ).toEqual({ clientId: CLIENT_ID, cloud: 'china', scopes: ['A.Read', 'B.Read'] });
  });
});
