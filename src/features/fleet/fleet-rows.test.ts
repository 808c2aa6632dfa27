import { DEFAULT_HEALTH_RULES } from '@/features/connectors/health/health-rules';
import { supportGroup } from '@/features/connectors/public';
import { seedConnectors } from '@/mocks/tenant/seed';

import { fleetCsv } from './fleet-csv';
import {
  createRowFilter,
  sortRows,
  toFleetRows,
  type FleetFilter,
  type FleetRow,
} from './fleet-rows';
import { summarize } from './fleet-summary';
import { readFleetView, writeFleetView } from './fleet-url';

const filterRows = (rows: FleetRow[], filter: FleetFilter) => createRowFilter(rows)(filter);

const NOW = Date.parse('2026-12-01T12:00:00Z');
const contoso = { tenantId: 'c', name: 'Contoso' };
const fabrikam = { tenantId: 'f', name: 'Fabrikam' };
const rows = [
  ...toFleetRows(contoso, seedConnectors(NOW), DEFAULT_HEALTH_RULES, NOW),
  ...toFleetRows(fabrikam, seedConnectors(NOW).slice(0, 2), DEFAULT_HEALTH_RULES, NOW),
];
const NO_FILTER = { text: '', verdict: null, support: null, tenantId: null, version: null };

describe('the fleet rows', () => {
  it('filter by tenant, verdict, version and text together', () => {
    expect(filterRows(rows, { ...NO_FILTER, tenantId: 'f' })).toHaveLength(2);
    const unhealthy = filterRows(rows, { ...NO_FILTER, verdict: 'unhealthy' });
    expect(unhealthy.length).toBeGreaterThan(0);
    expect(unhealthy.every((row) => row.health.level === 'unhealthy')).toBe(true);
    expect(filterRows(rows, { ...NO_FILTER, version: '6.2203.3.0' })).toHaveLength(1);
    expect(filterRows(rows, { ...NO_FILTER, text: 'FABRIKAM cert01' })).toHaveLength(1);
    expect(filterRows(rows, { ...NO_FILTER, text: 'northwind' })).toHaveLength(0);
    expect(filterRows(rows, { ...NO_FILTER, text: 'cert02' })).toHaveLength(2);
  });

  it('filter by support, each group keeping exactly the rows whose version stands there', () => {
    const groupOf = (row: FleetRow) => supportGroup(row.health.support.kind);
    const groups = new Set(rows.map(groupOf));
    expect(groups.size).toBeGreaterThan(1);
    for (const support of groups) {
      const kept = filterRows(rows, { ...NO_FILTER, support });
      expect(kept).toEqual(rows.filter((row) => groupOf(row) === support));
    }
    const unsupportedInF = filterRows(rows, {
      ...NO_FILTER,
      support: 'unsupported',
      tenantId: 'f',
    });
    expect(
      unsupportedInF.every((row) => row.tenant.tenantId === 'f' && groupOf(row) === 'unsupported'),
    ).toBe(true);
  });

  it('find each row a text occurs in, once, in order, and never across two rows', () => {
    const naive = (text: string) =>
      rows.filter((row) => row.search.includes(text.trim().toLowerCase()));
    const texts = new Set(['c', 'o', 'cert', '.', ' ', '6.2', 'ndes', 'zzz']);
    for (const row of rows)
      for (let at = 0; at < row.search.length; at += 5) texts.add(row.search.slice(at, at + 4));
    for (const text of texts) expect(filterRows(rows, { ...NO_FILTER, text })).toEqual(naive(text));

    const [first, second] = rows;
    const spanning = `${first?.search.slice(-3)}\u0000${second?.search.slice(0, 3)}`;
    expect(filterRows(rows, { ...NO_FILTER, text: spanning })).toEqual([]);
  });

  it('sort by any column, both ways', () => {
    const byTenantDesc = sortRows(rows, { key: 'tenant', direction: 'desc' });
    expect(byTenantDesc[0]?.tenant.name).toBe('Fabrikam');
    const byHealth = sortRows(rows, { key: 'health', direction: 'asc' });
    expect(byHealth[0]?.health.level).toBe('unhealthy');
    const byLast = sortRows(rows, { key: 'lastConnection', direction: 'asc' });
    expect(byLast[0]?.lastConnection).toBe(Math.min(...rows.map((row) => row.lastConnection)));
  });

  it('filtered after sorting, keep the sorted order', () => {
    const sorted = sortRows(rows, { key: 'name', direction: 'desc' });
    const kept = filterRows(sorted, { ...NO_FILTER, text: 'cert' });
    expect(kept).toEqual(
      sortRows(filterRows(rows, { ...NO_FILTER, text: 'cert' }), {
        key: 'name',
        direction: 'desc',
      }),
    );
  });

  it('keep filter and sort in the URL, and read back what they wrote', () => {
    const view = {
      filter: {
        text: 'cert',
        verdict: 'warning' as const,
        support: 'may-stop-working' as const,
        tenantId: 'f',
        version: null,
      },
      sort: { key: 'version' as const, direction: 'desc' as const },
    };
    const search = writeFleetView(view);
    expect(search.toString()).toBe(
      'q=cert&verdict=warning&support=may-stop-working&tenant=f&sort=version&dir=desc',
    );
    expect(readFleetView(search)).toEqual(view);
    expect(readFleetView(new URLSearchParams('sort=nope&verdict=bad')).sort.key).toBe('health');
    expect(readFleetView(new URLSearchParams('support=bad')).filter.support).toBeNull();
  });
});

describe('the search text', () => {
  it('holds no "null" for a connector without a machine name', () => {
    const [first] = seedConnectors(NOW);
    if (!first) throw new Error('The seed has connectors.');
    const unnamed = toFleetRows(
      contoso,
      [{ ...first, machineName: null }],
      DEFAULT_HEALTH_RULES,
      NOW,
    );
    expect(filterRows(unnamed, { ...NO_FILTER, text: 'null' })).toEqual([]);
    expect(filterRows(unnamed, { ...NO_FILTER, text: 'cert01' })).toHaveLength(1);
  });
});

describe('the tenant summary', () => {
  it('takes the longest silence from connectors that connected, not from one that never did', () => {
    const [first, second] = seedConnectors(NOW);
    if (!first || !second) throw new Error('The seed has connectors.');
    const twoDaysAgo = new Date(NOW - 2 * 24 * 3_600_000).toISOString();
    const summary = summarize(
      toFleetRows(
        contoso,
        [
          { ...first, lastConnectionDateTime: '0001-01-01T00:00:00Z' },
          { ...second, lastConnectionDateTime: twoDaysAgo },
        ],
        DEFAULT_HEALTH_RULES,
        NOW,
      ),
    );
    expect(summary.longestSilenceSince).toBe(Date.parse(twoDaysAgo));
    expect(summary.unhealthy).toBe(1);
  });
});

describe('the fleet CSV', () => {
  it('starts with a BOM and carries a tenant column', () => {
    const csv = fleetCsv(rows.slice(-1));
    expect(csv.startsWith('\uFEFFTenant,Tenant ID,Name,')).toBe(true);
    expect(csv.split('\r\n')[1]?.startsWith('Fabrikam,f,')).toBe(true);
  });
});
