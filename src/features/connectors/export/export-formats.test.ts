import { seedConnectors } from '@/mocks/tenant/seed';

import { exportConnectors, exportFileName, markdownCell, slugify } from './export-formats';

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
