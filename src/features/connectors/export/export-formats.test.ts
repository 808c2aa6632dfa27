import { seedConnectors } from '@/mocks/tenant/seed';

import { releaseTable } from '../lifecycle/release-table';
import { versionStatus } from '../lifecycle/version-status';

import { exportConnectors, exportFileName, markdownCell, slugify } from './export-formats';

it('names the file with the tenant and the UTC minute', () => {
  const now = new Date('2026-12-02T08:15:42.123Z');
  expect(exportFileName('Contoso', now, 'csv')).toBe('ndes-connectors-contoso-20261202T0815Z.csv');
  expect(exportFileName('Fabrikam Ltd. (Zürich)', now, 'json')).toBe(
    'ndes-connectors-fabrikam-ltd-zurich-20261202T0815Z.json',
  );
  expect(slugify('   ')).toBe('tenant');
});

describe('a Markdown cell', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['![](https://attacker/beacon)', '\\!\\[\\]\\(https://attacker/beacon\\)'],
    ['a|b\nc', 'a\\|b / c'],
    ['a\r\nb\rc', 'a / b / c'],
    [
      'C:\\pki *x* _y_ `z` #1 ~~w~~ &amp;',
      'C:\\\\pki \\*x\\* \\_y\\_ \\`z\\` \\#1 \\~\\~w\\~\\~ &amp;amp;',
    ],
  ])('writes %j as text, with no HTML and no Markdown syntax', (value, cell) => {
    expect(markdownCell(value)).toBe(cell);
  });
});

describe('exportConnectors', () => {
  const now = new Date('2026-12-02T08:15:00Z');
  const connectors = seedConnectors(now.getTime()).slice(0, 2);
  const [first] = connectors;
  const support = versionStatus('6.2406.0.2002', releaseTable(), now.getTime());
  const unsupported =
    'Unsupported since 18 Aug 2026: update to 6.2510.3.2002; may stop working from 18 Aug 2027';
  const health = new Map([
    [
      first?.id ?? '',
      { level: 'warning' as const, reasons: ['Old, version'], support, leftover: null },
    ],
  ]);
  const tags = [
    { id: '0', displayName: 'Default', description: null, isBuiltIn: true },
    { id: '1', displayName: 'Headquarters', description: null, isBuiltIn: false },
  ];
  const options = { tenantName: 'contoso', now, health, tags };

  it('writes every field of the model, the verdict, its reasons and the support status, one row per connector', () => {
    const { content, fileName, mimeType } = exportConnectors(connectors, 'csv', options);
    const [header, row] = content.slice(1).split('\r\n');
    expect(header).toBe(
      'Display name,State,Scope tags,Machine name,Connector version,Last connection,Enrolled,Id,Health,Health reasons,Support',
    );
    expect(row).toContain(first?.machineName);
    expect(row).toMatch(
      /,Warning,"Old, version",Unsupported since 18 Aug 2026: update to 6\.2510\.3\.2002; may stop working from 18 Aug 2027$/,
    );
    expect(fileName).toBe('ndes-connectors-contoso-20261202T0815Z.csv');
    expect(mimeType).toMatch(/^text\/csv/);
  });

  it('writes every column in order, one record per connector and no more', () => {
    const { content } = exportConnectors(connectors, 'csv', options);
    expect(content.slice(1).split('\r\n')).toEqual([
      'Display name,State,Scope tags,Machine name,Connector version,Last connection,Enrolled,Id,Health,Health reasons,Support',
      'CERT01 – NDES primary,Active (active),"Default, Headquarters",CERT01.corp.contoso.com,6.2510.3.2002,"Dec 2, 2026, 8:11:00 AM UTC — 2026-12-02T08:11:00.0000000Z","May 6, 2026, 8:15:00 AM UTC — 2026-05-06T08:15:00.0000000Z",3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01,Warning,"Old, version",' +
        unsupported,
      'CERT02 – NDES secondary,Active (active),"Default, Headquarters",CERT02.corp.contoso.com,6.2510.3.2002,"Dec 2, 2026, 8:04:00 AM UTC — 2026-12-02T08:04:00.0000000Z","Jun 5, 2026, 8:15:00 AM UTC — 2026-06-05T08:15:00.0000000Z",8a7d5c3b-2e19-4f6a-b0d4-6e1f9c2a3b02,,,',
      '',
    ]);
  });

  it('writes a hostile name into the Markdown table as inert text', () => {
    const hostile = connectors.slice(1).map((connector) => ({
      ...connector,
      displayName: '<img src=x onerror=alert(1)>\n![](https://attacker/beacon)',
    }));
    const twoReasons = new Map(
      hostile.map(({ id }) => [
        id,
        { level: 'unhealthy' as const, reasons: ['Offline', 'Old'], support, leftover: null },
      ]),
    );
    const { content, mimeType } = exportConnectors(hostile, 'markdown', {
      ...options,
      health: twoReasons,
    });
    const lines = content.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(
      /^\| &lt;img src=x onerror=alert\\\(1\\\)&gt; \/ \\!\\\[\\\]\\\(https:\/\/attacker\/beacon\\\) \| Active \\\(active\\\) \|.* \| Offline \/ Old \| Unsupported since 18 Aug 2026: update to 6\.2510\.3\.2002; may stop working from 18 Aug 2027 \|$/,
    );
    expect(content).not.toMatch(/[<>]/);
    expect(mimeType).toBe('text/markdown');
  });

  it('writes JSON with raw and formatted values', () => {
    const { content } = exportConnectors(connectors, 'json', options);
    const parsed = JSON.parse(content) as { connectors: Record<string, unknown>[] };
    expect(parsed.connectors).toHaveLength(2);
    expect(parsed.connectors[0]).toMatchObject({
      id: first?.id,
      lastConnectionDateTime: first?.lastConnectionDateTime,
      formatted: { state: 'Active (active)' },
      health: { verdict: 'Warning', reasons: ['Old, version'], support: unsupported },
    });
  });
});
