import { configure, screen, waitFor, within } from '@testing-library/react';

import { changeLog } from '@/features/change-log/change-log';
import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { mockDb } from '@/mocks/node';
import { recordGraphTraffic } from '@/testing/record-requests';
import { renderApp } from '@/testing/render';

import { connectorQueries } from '../model/connector-queries';

const ID = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';
const CERT01 = 'CERT01 – NDES primary';

// As in main.tsx: the flow's requests start from effects, which StrictMode may run more than once.
beforeAll(() => configure({ reactStrictMode: true }));
afterAll(() => configure({ reactStrictMode: false }));

it('sends one DELETE from the deleting step, then toasts, leaves for the list and forgets the page', async () => {
  const { user, history, queryClient } = renderApp({ route: `/connectors/${ID}` });
  await user.click(await screen.findByRole('button', { name: 'Delete' }, { timeout: 20_000 }));
  const dialog = await screen.findByRole('dialog', {}, { timeout: 20_000 });
  await user.type(
    within(dialog).getByRole('textbox', { name: /Type the connector’s name/ }),
    CERT01,
  );
  const traffic = recordGraphTraffic();
  await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

  expect(
    await screen.findByText(/^Deleted “CERT01 – NDES primary”\./, {}, { timeout: 20_000 }),
  ).toBeInTheDocument();
  await waitFor(() => expect(history.current().location.pathname).toBe('/connectors'));
  expect(traffic.requests.filter(({ method }) => method === 'DELETE')).toHaveLength(1);
  expect(mockDb.getConnector(ID)).toBeUndefined();
  // Logged once, though StrictMode runs the step's effect twice.
  expect(changeLog.get().filter(({ connectorId }) => connectorId === ID)).toEqual([
    expect.objectContaining({
      connectorName: CERT01,
      field: 'Connector',
      outcome: 'saved',
      detail: null,
      requestId: expect.stringMatching(/\S/),
    }),
  ]);
  await waitFor(() =>
    expect(
      queryClient
        .getQueryCache()
        .findAll({ queryKey: connectorQueries.all(DEMO_ACCOUNT.tenantId) }),
    ).not.toContainEqual(
      expect.objectContaining({ queryKey: expect.arrayContaining(['detail', ID]) }),
    ),
  );
}, 60_000);
