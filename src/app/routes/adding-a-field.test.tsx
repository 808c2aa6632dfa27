import { render, screen, within } from '@testing-library/react';

import { exportConnectors } from '@/features/connectors/export/export-formats';
import { DEFAULT_HEALTH_RULES } from '@/features/connectors/health/health-rules';
import { columnFields } from '@/features/connectors/list/list-columns';
import { connectorSchema } from '@/features/connectors/model/connector';
import { fleetCsv } from '@/features/fleet/fleet-csv';
import { createRowFilter, toFleetRows } from '@/features/fleet/fleet-rows';
import { FleetTable } from '@/features/fleet/fleet-table';
import { createMemoryAppHistory } from '@/lib/router/app-history';
import { AppRouter } from '@/lib/router/app-router';
import { testConnector } from '@/testing/connector-fixture';

// The README's promise: a new listed property is one model entry. A hypothetical `description` is
// added to the model alone; the list, the fleet, its CSV and search, and the exports must all show it.
vi.mock('@/features/connectors/model/fields', async (importOriginal) => {
  const actual: { connectorFields: object } = await importOriginal();
  const { defineField } = await import('@/features/connectors/model/field-types');
  const { sameText } = await import('@/features/connectors/model/field-parts');
  const { nullableString } = await import('@/lib/graph/nullable-string');
  const description = defineField({
    key: 'description',
    label: 'Description',
    access: 'read-only',
    graph: nullableString,
    kind: 'text',
    equals: sameText,
    format: (value) => value ?? '',
    column: { header: 'About', card: 'line' },
    fleet: { width: 160, searched: true },
  });
  return { ...actual, connectorFields: { ...actual.connectorFields, description } };
});

const DESCRIPTION = 'Issues the Wi-Fi certificates';
const connector = connectorSchema.parse({ ...testConnector(), description: DESCRIPTION });
const tenant = { tenantId: 't1', name: 'Contoso' };
const rows = toFleetRows(tenant, [connector], DEFAULT_HEALTH_RULES, Date.now());

it('reads the new property from Graph and gives it a list column', () => {
  expect(connector).toMatchObject({ description: DESCRIPTION });
  expect(columnFields.map(({ column }) => column.header)).toContain('About');
});

it('shows it as a fleet column, with its value in the row', () => {
  render(
    <AppRouter history={createMemoryAppHistory(['/fleet'])}>
      <FleetTable rows={rows} sort={{ key: 'health', direction: 'asc' }} onSort={() => {}} />
    </AppRouter>,
  );
  const table = screen.getByRole('table', { name: 'Connectors of every tenant' });
  expect(within(table).getByRole('columnheader', { name: 'About' })).toBeInTheDocument();
  expect(within(table).getByRole('cell', { name: DESCRIPTION })).toBeInTheDocument();
});

it('finds the connector by it in the fleet search', () => {
  const filter = createRowFilter(rows);
  const found = filter({
    text: 'wi-fi',
    verdict: null,
    support: null,
    tenantId: null,
    version: null,
  });
  expect(found).toHaveLength(1);
});

it('writes it into the fleet CSV and every connector export', () => {
  const [header, row] = fleetCsv(rows).slice(1).split('\r\n');
  expect(header?.split(',')).toContain('About');
  expect(row).toContain(DESCRIPTION);

  const options = { tenantName: 'contoso', now: new Date(), health: new Map(), tags: [] };
  const csv = exportConnectors([connector], 'csv', options).content;
  expect(csv.slice(1).split('\r\n')[0]?.split(',')).toContain('Description');
  expect(csv).toContain(DESCRIPTION);
  const markdown = exportConnectors([connector], 'markdown', options).content;
  expect(markdown.split('\n')[0]).toContain('| Description |');
  const json = JSON.parse(exportConnectors([connector], 'json', options).content) as {
    connectors: { description: unknown; formatted: { description: unknown } }[];
  };
  expect(json.connectors[0]).toMatchObject({
    description: DESCRIPTION,
    formatted: { description: DESCRIPTION },
  });
});
