import { screen, within } from '@testing-library/react';
import { http } from 'msw';

import { graphJson } from '@/mocks/graph/graph-response';
import { mockDb, server } from '@/mocks/node';
import { findConnectorRow } from '@/testing/find-row';
import { renderApp } from '@/testing/render';

const LIST = '*/beta/deviceManagement/ndesConnectors';
const UNSET = '0001-01-01T00:00:00Z';

function answerListWith(changes: Record<string, unknown>, ...extra: unknown[]) {
  const [first, ...rest] = mockDb.listConnectors();
  server.use(
    http.get(LIST, ({ request }) =>
      graphJson(request, { value: [{ ...first, ...changes }, ...rest, ...extra] }),
    ),
  );
  return first;
}

describe('the list, with data the app did not expect', () => {
  it('shows a state it does not know, and an unreadable item as an error row beside the others', async () => {
    const first = answerListWith(
      { state: 'unknownFutureValue', lastConnectionDateTime: UNSET },
      { id: 'broken-1', displayName: 42 },
    );
    renderApp({ route: '/connectors' });

    const row = await findConnectorRow(first?.displayName ?? '');
    expect(within(row).getByText('Unknown (unknownFutureValue)')).toBeInTheDocument();
    expect(within(row).getByText('Never')).toBeInTheDocument();
    const unreadable = screen.getByRole('alert', { name: 'Unreadable connectors' });
    expect(unreadable).toHaveTextContent('One connector could not be read');
    expect(unreadable).toHaveTextContent(/broken-1.*displayName/);
    expect(screen.getAllByRole('row')).toHaveLength(mockDb.listConnectors().length + 1);
  });
});
