import { render, screen, within } from '@testing-library/react';

import { writeDraft } from '@/features/connectors/edit/drafts/draft-store';
import {
  formInputs,
  sameFormValue,
  toFormValues,
  type ConnectorFormInput,
} from '@/features/connectors/edit/form/form-values';
import { exportConnectors } from '@/features/connectors/export/export-formats';
import { DEFAULT_HEALTH_RULES } from '@/features/connectors/health/health-rules';
import { fieldList } from '@/features/connectors/model/connector';
import { fleetCsv } from '@/features/fleet/fleet-csv';
import { toFleetRows } from '@/features/fleet/fleet-rows';
import { FleetTable } from '@/features/fleet/fleet-table';
import { createMemoryAppHistory } from '@/lib/router/app-history';
import { AppRouter } from '@/lib/router/app-router';
import { mockDb } from '@/mocks/node';
import { renderApp } from '@/testing/render';

// These iterate the field model: a field added to model/fields.ts is checked here without a new test.
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

const [first, ...others] = mockDb.listConnectors();
if (!first) throw new Error('The seed has no connectors');
const connector = first;

/** For every editable field, a valid value from another seeded connector that differs from this one's. */
function otherValues(): ConnectorFormInput {
  const loaded = toFormValues(connector);
  const values = { ...loaded };
  for (const { key, input } of formInputs) {
    const candidate = others
      .map((other) => toFormValues(other)[key])
      .find(
        (value) => !sameFormValue(key, value, loaded[key]) && input.schema.safeParse(value).success,
      );
    if (candidate === undefined) throw new Error(`The seed has no second value for ${key}`);
    Object.assign(values, { [key]: candidate });
  }
  return values;
}

describe('every field in the model', () => {
  it('has a column in the list when the model gives it one', async () => {
    renderApp({ route: '/connectors' });
    const table = await screen.findByRole('table', { name: 'NDES connectors' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    const columns = fieldList.flatMap(({ column }) => (column ? [column.header] : []));
    expect(columns.length).toBeGreaterThan(0);
    for (const header of columns) expect(headers).toContain(header);
  });

  it('is shown on the detail page under its label', async () => {
    renderApp({ route: `/connectors/${connector.id}` });
    await screen.findByRole('heading', { level: 1 });
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(fieldList.map(({ label }) => label));
  });

  it('has an input in the edit form, and each change shows in the review', async () => {
    // A draft kept over a sign-in redirect is restored without asking: every field edited at once.
    writeDraft(connector.id, otherValues(), toFormValues(connector), 'reauth');
    const { user } = renderApp({ route: `/connectors/${connector.id}/edit` });
    await screen.findByRole('form', { name: 'Edit connector' });
    for (const { label } of fieldList) {
      expect(screen.getAllByLabelText(startsWith(label)).length).toBeGreaterThan(0);
    }

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const review = await screen.findByRole('dialog', { name: 'Review changes before saving' });
    expect(
      within(review)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(formInputs.map(({ label }) => label));
  });
});

describe('every field the model puts in the fleet', () => {
  const fleetFields = fieldList.flatMap(({ fleet, column, label }) =>
    fleet ? [{ header: fleet.header ?? column?.header ?? label, inTable: !!fleet.width }] : [],
  );
  const rows = toFleetRows(
    { tenantId: 't1', name: 'Contoso' },
    [connector],
    DEFAULT_HEALTH_RULES,
    Date.now(),
  );

  it('has a column in the fleet table when the model gives it a width', () => {
    render(
      <AppRouter history={createMemoryAppHistory(['/fleet'])}>
        <FleetTable rows={rows} sort={{ key: 'health', direction: 'asc' }} onSort={() => {}} />
      </AppRouter>,
    );
    const table = screen.getByRole('table', { name: 'Connectors of every tenant' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    const columns = fleetFields.filter(({ inTable }) => inTable).map(({ header }) => header);
    expect(columns.length).toBeGreaterThan(0);
    expect(headers).toEqual(expect.arrayContaining(columns));
  });

  it('is a column of the fleet CSV', () => {
    const header = fleetCsv(rows).slice(1).split('\r\n')[0]?.split(',');
    expect(header).toEqual(expect.arrayContaining(fleetFields.map(({ header }) => header)));
  });
});

describe('every field in the model is exported', () => {
  const options = { tenantName: 'contoso', now: new Date(), health: new Map(), tags: [] };
  const labels = fieldList.map(({ label }) => label);

  it('as a CSV and a Markdown column', () => {
    const csv = exportConnectors([connector], 'csv', options).content;
    expect(csv.slice(1).split('\r\n')[0]?.split(',')).toEqual(expect.arrayContaining(labels));
    const markdown = exportConnectors([connector], 'markdown', options).content;
    const header = markdown
      .split('\n')[0]
      ?.split(' | ')
      .map((cell) => cell.replace(/^\| | \|$/g, ''));
    expect(header).toEqual(expect.arrayContaining(labels));
  });

  it('in JSON, raw and formatted', () => {
    const json = JSON.parse(exportConnectors([connector], 'json', options).content) as {
      connectors: ({ formatted: object } & object)[];
    };
    const [record] = json.connectors;
    for (const { key } of fieldList) {
      expect(record).toHaveProperty(key);
      expect(record?.formatted).toHaveProperty(key);
    }
  });
});
