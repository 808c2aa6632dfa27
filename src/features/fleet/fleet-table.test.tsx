import { fireEvent, render, screen, within } from '@testing-library/react';

import { DEFAULT_HEALTH_RULES } from '@/features/connectors/health/health-rules';
import { createMemoryAppHistory } from '@/lib/router/app-history';
import { AppRouter } from '@/lib/router/app-router';
import { testConnector } from '@/testing/connector-fixture';

import { toFleetRows, type FleetRow } from './fleet-rows';
import { FleetTable } from './fleet-table';
import { ROW_HEIGHT, VIEWPORT_HEIGHT } from './fleet-table-size';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const contoso = { tenantId: 't1', name: 'Contoso' };
const connectors = Array.from({ length: 40 }, (_, index) =>
  testConnector({ id: `c${index}`, displayName: `CERT${String(index).padStart(2, '0')}` }),
);
const allRows = toFleetRows(contoso, connectors, DEFAULT_HEALTH_RULES, NOW);
const SORT = { key: 'name', direction: 'asc' } as const;
const IN_VIEW = VIEWPORT_HEIGHT / ROW_HEIGHT;
const onSort = () => {};

function renderTable(rows: FleetRow[]) {
  const history = createMemoryAppHistory(['/fleet']);
  const table = (shown: FleetRow[]) => (
    <AppRouter history={history}>
      <FleetTable rows={shown} sort={SORT} onSort={onSort} />
    </AppRouter>
  );
  const { rerender } = render(table(rows));
  return { showRows: (shown: FleetRow[]) => rerender(table(shown)) };
}

// The table's second row group is its body; the padding rows are hidden from the accessibility tree.
const bodyRows = () => {
  const [, body] = within(
    screen.getByRole('table', { name: 'Connectors of every tenant' }),
  ).getAllByRole('rowgroup');
  if (!body) throw new Error('The table has no body');
  return within(body).getAllByRole('row');
};

// jsdom does no layout: the scroll position is set as a browser would report it.
function scrollDownBy(rowCount: number) {
  const scroller = screen.getByTestId('fleet-scroller');
  Object.defineProperty(scroller, 'scrollTop', { value: rowCount * ROW_HEIGHT, writable: true });
  fireEvent.scroll(scroller);
}

const linkTo = (name: string) => screen.getByRole('link', { name: `${name} in Contoso` });

it('writes a new filter’s rows into the rows already on the page instead of replacing them', () => {
  const { showRows } = renderTable(allRows);
  const before = bodyRows();
  expect(before[0]).toHaveTextContent('CERT00');

  showRows(allRows.filter((_, index) => index % 2 === 1));

  const after = bodyRows();
  expect(after).toHaveLength(before.length);
  after.forEach((row, index) => expect(row).toBe(before[index]));
  expect(after[0]).toHaveTextContent('CERT01');
  expect(after[0]).toHaveAttribute('aria-rowindex', '2');
  expect(after[1]).toHaveTextContent('CERT03');
  expect(screen.queryByRole('link', { name: 'CERT00 in Contoso' })).not.toBeInTheDocument();
});

it('keeps the element of a row that stays in view while the table scrolls, so focus stays on its connector', () => {
  renderTable(allRows);
  const link = linkTo('CERT05');
  link.focus();

  scrollDownBy(4);

  expect(screen.queryByRole('link', { name: 'CERT00 in Contoso' })).not.toBeInTheDocument();
  expect(linkTo('CERT16')).toBeInTheDocument();
  expect(linkTo('CERT05')).toBe(link);
  expect(link).toHaveFocus();
  expect(link).toHaveAttribute('data-to', '/t/t1/connectors/c5');
});

it('drops focus from a row whose element scrolls out of view and comes back as another connector', () => {
  renderTable(allRows);
  const link = linkTo('CERT01');
  link.focus();

  scrollDownBy(10);

  expect(screen.queryByRole('link', { name: 'CERT01 in Contoso' })).not.toBeInTheDocument();
  expect(link).toHaveAccessibleName(/^CERT\d+ in Contoso$/);
  expect(link).not.toHaveAccessibleName('CERT01 in Contoso');
  expect(link).not.toHaveFocus();
  expect(document.body).toHaveFocus();
});

it('holds the rows in view and three to spare on each side that has rows, so none are spent past an end', () => {
  renderTable(allRows);
  expect(bodyRows()).toHaveLength(IN_VIEW + 3);
  expect(bodyRows().at(-1)).toHaveTextContent(`CERT${IN_VIEW + 2}`);

  scrollDownBy(10);
  expect(bodyRows()).toHaveLength(3 + IN_VIEW + 3);

  // A viewport that starts inside a row shows part of one more.
  scrollDownBy(10.5);
  expect(bodyRows()).toHaveLength(3 + IN_VIEW + 1 + 3);

  scrollDownBy(allRows.length - IN_VIEW);
  expect(bodyRows()).toHaveLength(3 + IN_VIEW);
  expect(bodyRows().at(-1)).toHaveTextContent('CERT39');
});

it('shows the last rows of a list that a filter shortened while the table was scrolled past its end', () => {
  const { showRows } = renderTable(allRows);
  scrollDownBy(allRows.length - IN_VIEW);

  showRows(allRows.slice(0, 15));

  expect(bodyRows()).not.toHaveLength(0);
  expect(bodyRows().at(-1)).toHaveTextContent('CERT14');
});
