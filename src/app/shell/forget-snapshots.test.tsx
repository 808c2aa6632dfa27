import { screen, waitFor } from '@testing-library/react';

import { mockDb } from '@/mocks/node';
import { renderApp } from '@/testing/render';

const PRIMARY = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';
const isSnapshot = (key: string) => key.startsWith('ndes-connector-admin.last-visit.');

it("forgets this browser's snapshots from the account menu, and keeps no new one until the app starts again", async () => {
  const view = renderApp({ route: '/connectors' });
  await screen.findByRole('table', { name: 'NDES connectors' });
  // Kept once "Since your last visit" has loaded, after the list shows.
  await waitFor(() => expect(Object.keys(localStorage).some(isSnapshot)).toBe(true));
  view.unmount();

  mockDb.updateConnector(PRIMARY, { displayName: 'PKI-01' });
  const { user } = renderApp({ route: '/connectors' });
  await screen.findByRole('region', { name: /Since your last visit/ });
  await user.click(screen.getByRole('button', { name: 'Demo Admin' }));
  await user.click(
    await screen.findByRole('menuitem', { name: "Forget this browser's snapshots" }),
  );

  expect(await screen.findByText(/snapshots of connector lists are forgotten/)).toBeVisible();
  expect(screen.queryByRole('region', { name: /Since your last visit/ })).not.toBeInTheDocument();
  expect(Object.keys(localStorage).some(isSnapshot)).toBe(false);
});
