import { screen, within } from '@testing-library/react';

import { writeDraft } from '@/features/connectors/edit/drafts/draft-store';
import {
  formInputs,
  sameFormValue,
  toFormValues,
  type ConnectorFormInput,
} from '@/features/connectors/edit/form/form-values';
import { fieldList } from '@/features/connectors/model/connector';
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
