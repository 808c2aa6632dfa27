import { screen, within } from '@testing-library/react';

import { FAULT_TARGETS } from '@/features/demo/fault-lab/fault-targets';
import { armFault, receivedRequests } from '@/mocks/node';
import { renderApp } from '@/testing/render';

const ID = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';

it('keeps the shell and navigation working after a page fails', async () => {
  armFault({ ...FAULT_TARGETS.detail, kind: 'http-500' });
  const { user } = renderApp({ route: `/connectors/${ID}` });

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Microsoft Graph had a problem answering.');
  const nav = screen.getByRole('navigation', { name: 'Main' });
  await user.click(within(nav).getByRole('link', { name: 'Connectors' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'NDES connectors' })).toBeVisible();
  expect(screen.queryByText('Microsoft Graph had a problem answering.')).not.toBeInTheDocument();
});

it('loads the page again from its error with Retry', async () => {
  armFault({ ...FAULT_TARGETS.detail, kind: 'wrong-type' });
  const { user } = renderApp({ route: `/connectors/${ID}` });

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Graph returned an unexpected response.');
  expect(alert).toHaveTextContent('displayName');
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));

  expect(
    await screen.findByRole('heading', { level: 1, name: 'CERT01 – NDES primary' }),
  ).toBeVisible();
  expect(receivedRequests('GET', FAULT_TARGETS.detail.path)).toHaveLength(2);
});

it('after a 401, "Sign in again" signs in and loads the page', async () => {
  armFault({ ...FAULT_TARGETS.list, kind: 'http-401' });
  const { user } = renderApp({ route: '/connectors' });

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Your sign-in has expired. Sign in again.');
  await user.click(within(alert).getByRole('button', { name: 'Sign in again' }));

  expect(await screen.findByRole('table', { name: 'NDES connectors' })).toBeVisible();
});
