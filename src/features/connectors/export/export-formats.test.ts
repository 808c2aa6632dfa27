import { seedConnectors } from '@/mocks/tenant/seed';

import {
  csvCell,
  exportConnectors,
  exportFileName,
  markdownCell,
  slugify,
  toCsv,
} from './export-formats';

describe('CSV cells', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('defuses a cell starting with %j', (start) => {
    expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '')).toMatch(/^'/);
  });

  it('leaves other cells alone, including a formula character later on', () => {
    expect(csvCell('CERT01 = primary')).toBe('CERT01 = primary');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('=1+1,"x"')).toBe(`"'=1+1,""x"""`);
    expect(csvCell('\rtext')).toBe(`"'\rtext"`);
  });

  it('starts with a BOM and ends every record with CRLF', () => {
    expect(toCsv(['A', 'B'], [['1', 'two\nlines']])).toBe('\uFEFFA,B\r\n1,"two\nlines"\r\n');
  });
});

it('names the file with the tenant and the UTC minute', () => {
  const now = new Date('2026-12-02T08:15:42.123Z');
  expect(exportFileName('Contoso', now, 'csv')).toBe('ndes-connectors-contoso-20261202T0815Z.csv');
  expect(exportFileName('Fabrikam Ltd. (Zürich)', now, 'json')).toBe(
    'ndes-connectors-fabrikam-ltd-zurich-20261202T0815Z.json',
  );
  expect(slugify('   ')).toBe('tenant');
});

it('escapes pipes and line breaks in a Markdown cell', () => {
  expect(markdownCell('a|b\nc')).toBe('a\\|b<br>c');
});

describe('exportConnectors', () => {
  const now = new Date('2026-12-02T08:15:00Z');
  const connectors = seedConnectors(now.getTime()).slice(0, 2);
  const [first] = connectors;
  const health = new Map([
    [first?.id ?? '', { level: 'warning' as const, reasons: ['Old, version'], leftover: null }],
  ]);
  const options = { tenantName: 'contoso', now, health, tags: [] };

  it('writes every field of the model, the verdict and its reasons, one row per connector', () => {
    const { content, fileName, mimeType } = exportConnectors(connectors, 'csv', options);
    const [header, row] = content.slice(1).split('\r\n');
    expect(header).toBe(
      'Display name,State,Scope tags,Machine name,Connector version,Last connection,Enrolled,Id,Health,Health reasons',
    );
    expect(row).toContain(first?.machineName);
    expect(row).toMatch(/,Warning,"Old, version"$/);
    expect(fileName).toBe('ndes-connectors-contoso-20261202T0815Z.csv');
    expect(mimeType).toMatch(/^text\/csv/);
  });

  it('writes JSON with raw and formatted values', () => {
    const { content } = exportConnectors(connectors, 'json', options);
    const parsed = JSON.parse(content) as { connectors: Record<string, unknown>[] };
    expect(parsed.connectors).toHaveLength(2);
    expect(parsed.connectors[0]).toMatchObject({
      id: first?.id,
      lastConnectionDateTime: first?.lastConnectionDateTime,
      formatted: { state: 'Active (active)' },
      health: { verdict: 'Warning', reasons: ['Old, version'] },
    });
  });
});
