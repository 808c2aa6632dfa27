import { asciiJson, commentText, powerShellQuote, shellQuote } from '@/lib/snippets/shell-snippets';

import { CONNECTOR_ODATA_TYPE } from '../../model/graph-values';

import { buildPatchRequest } from './patch-request';
import {
  curlSnippet,
  invokeMgGraphRequestSnippet,
  powerShellString,
  updateMgBetaSnippet,
} from './snippets';

const TENANT = { name: 'Contoso', directoryId: '72f988bf-86f1-41af-91ab-2d7cd011db47' };
const NAME = `CERT01 – Bob's "lab" ‘west’ ✓ שלום`;
const request = buildPatchRequest(
  'https://graph.microsoft.com/beta',
  'abc-123',
  {
    '@odata.type': CONNECTOR_ODATA_TYPE,
    displayName: NAME,
    roleScopeTagIds: ['0', '5'],
    machineName: null,
  },
  '11111111-2222-3333-4444-555555555555',
);

/** Undoes POSIX single quoting, as a shell would. */
function shellUnquote(quoted: string): string {
  return quoted.replace(/^'|'$/g, '').replace(/'\\''/g, "'");
}

describe('quoting', () => {
  it('escapes single quotes for a POSIX shell', () => {
    expect(shellQuote("Bob's")).toBe(`'Bob'\\''s'`);
    expect(shellUnquote(shellQuote(NAME))).toBe(NAME);
  });

  it('doubles straight and typographic single quotes for PowerShell', () => {
    expect(powerShellQuote("Bob's ‘x’")).toBe("'Bob''s ‘‘x’’'");
  });

  it('writes non-ASCII as \\u escapes that parse back to the same value', () => {
    const json = asciiJson({ displayName: NAME });
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(json)).toEqual({ displayName: NAME });
  });
});

describe('curlSnippet', () => {
  it('sends exactly the body the app sends, to the same URL with the same client-request-id', () => {
    const snippet = curlSnippet(request, TENANT);
    expect(snippet).toContain(
      `curl -X PATCH 'https://graph.microsoft.com/beta/deviceManagement/ndesConnectors/abc-123'`,
    );
    expect(snippet).toContain(`-H 'client-request-id: 11111111-2222-3333-4444-555555555555'`);
    expect(snippet).toContain('-H "Authorization: Bearer $TOKEN"');
    const data = /--data-raw ('(?:[^']|'\\'')*')$/.exec(snippet)?.[1] ?? '';
    expect(shellUnquote(data)).toBe(request.bodyText);
  });
});

describe('invokeMgGraphRequestSnippet', () => {
  it('carries the same JSON, ASCII-escaped and PowerShell-quoted', () => {
    const snippet = invokeMgGraphRequestSnippet(request, TENANT);
    expect(snippet).toContain('Invoke-MgGraphRequest -Method PATCH `');
    expect(snippet).toContain(
      "-Uri 'https://graph.microsoft.com/beta/deviceManagement/ndesConnectors/abc-123'",
    );
    const body = /-Body '((?:[^']|'')*)'$/.exec(snippet)?.[1] ?? '';
    expect(JSON.parse(body.replace(/''/g, "'"))).toEqual(request.body);
  });
});

describe('updateMgBetaSnippet', () => {
  it('uses the SDK cmdlet with a -BodyParameter hashtable of exactly the changed fields', () => {
    expect(updateMgBetaSnippet(request, TENANT)).toBe(
      [
        'Import-Module Microsoft.Graph.Beta.DeviceManagement.Administration',
        '# Tenant: Contoso (72f988bf-86f1-41af-91ab-2d7cd011db47)',
        "Connect-MgGraph -TenantId '72f988bf-86f1-41af-91ab-2d7cd011db47' -Scopes DeviceManagementConfiguration.ReadWrite.All",
        '$params = @{',
        `  "@odata.type" = '#microsoft.graph.ndesConnector'`,
        `  displayName = 'CERT01 – Bob''s "lab" ‘‘west’’ ✓ שלום'`,
        `  roleScopeTagIds = @('0', '5')`,
        '  machineName = $null',
        '}',
        "Update-MgBetaDeviceManagementNdeConnector -NdesConnectorId 'abc-123' -BodyParameter $params",
      ].join('\n'),
    );
  });
});

describe('the tenant in every snippet', () => {
  it('names it, and signs PowerShell in to it rather than to the last tenant used', () => {
    const connect = `Connect-MgGraph -TenantId '${TENANT.directoryId}' -Scopes`;
    expect(curlSnippet(request, TENANT).split('\n')[0]).toBe(
      `# Tenant: Contoso (${TENANT.directoryId}): $TOKEN must be a token this tenant issued.`,
    );
    expect(invokeMgGraphRequestSnippet(request, TENANT).split('\n').slice(0, 2)).toEqual([
      `# Tenant: Contoso (${TENANT.directoryId})`,
      expect.stringMatching(new RegExp(`^${connect}`)),
    ]);
    expect(updateMgBetaSnippet(request, TENANT)).toContain(connect);
  });

  it('keeps a name with a line break inside its comment line', () => {
    const snippet = curlSnippet(request, {
      ...TENANT,
      name: 'Evil\ncurl https://attacker.example',
    });
    const lines = snippet.split('\n');
    expect(lines[0]).toMatch(/^# Tenant: Evil curl https:\/\/attacker\.example \(/);
    expect(lines[1]).toMatch(/^curl -X PATCH /);
  });

  it('names a tenant without a listed name by its id', () => {
    const unnamed = { name: '', directoryId: TENANT.directoryId };
    expect(invokeMgGraphRequestSnippet(request, unnamed)).toMatch(
      new RegExp(`^# Tenant: ${TENANT.directoryId}\n`),
    );
  });
});

describe('commentText', () => {
  it.each([
    ['line feed, carriage return or NEL', 'a\nb\rc\u0085d', 'a b c d'],
    ['tab or other control', 'a\tb\u0000c\u001bd', 'a b c d'],
    ['line or paragraph separator', 'a\u2028b\u2029c', 'a b c'],
    ['bidi override or embedding', 'a\u202Eb\u202Ac\u202Cd', 'abcd'],
    ['bidi isolate', '\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['zero-width or other format character', 'a\u200Bb\u200Dc\uFEFFd\u061Ce\u00ADf', 'abcdef'],
  ])('leaves no %s in a comment', (_, name, comment) => {
    expect(commentText(name)).toBe(comment);
  });

  it('keeps letters of every script, marks and emoji', () => {
    expect(commentText(NAME)).toBe(NAME);
    expect(commentText('Zürich ✓ 🔐 नमस्ते')).toBe('Zürich ✓ 🔐 नमस्ते');
  });
});

describe('invisible characters in snippets', () => {
  const HIDDEN = 'CERT\u202E10\u200B';
  const hidden = buildPatchRequest(
    'https://graph.microsoft.com/beta',
    'abc-123',
    { '@odata.type': CONNECTOR_ODATA_TYPE, displayName: HIDDEN },
    '11111111-2222-3333-4444-555555555555',
  );
  const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

  it('curl sends the same value, with each invisible character as a visible \\u escape', () => {
    const snippet = curlSnippet(hidden, TENANT);
    expect(snippet).not.toMatch(INVISIBLE);
    expect(snippet).toContain('CERT\\u202e10\\u200b');
    const data = /--data-raw ('(?:[^']|'\\'')*')$/.exec(snippet)?.[1] ?? '';
    expect(JSON.parse(shellUnquote(data))).toEqual(hidden.body);
  });

  it('Invoke-MgGraphRequest carries them as JSON escapes', () => {
    const snippet = invokeMgGraphRequestSnippet(hidden, TENANT);
    expect(snippet).not.toMatch(INVISIBLE);
    const body = /-Body '((?:[^']|'')*)'$/.exec(snippet)?.[1] ?? '';
    expect(JSON.parse(body.replace(/''/g, "'"))).toEqual(hidden.body);
  });

  it('the SDK cmdlet joins them in as [char] code points that Windows PowerShell 5.1 reads', () => {
    expect(updateMgBetaSnippet(hidden, TENANT)).toContain(
      "  displayName = ('CERT' + [char]0x202E + '10' + [char]0x200B)",
    );
    expect(powerShellString("Bob's\u{E0041}")).toBe(
      "('Bob''s' + [char]::ConvertFromUtf32(0xE0041))",
    );
    expect(powerShellString('plain')).toBe("'plain'");
  });
});
