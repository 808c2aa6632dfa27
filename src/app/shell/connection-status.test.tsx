import { act, screen } from '@testing-library/react';

import { FAULT_TARGETS } from '@/features/demo/fault-lab/fault-targets';
import { armFault, receivedRequests } from '@/mocks/node';
import { renderApp } from '@/testing/render';

afterEach(() => window.dispatchEvent(new Event('online')));

it('shows that the app is offline, and says so when it is back', async () => {
  renderApp({ route: '/connectors' });
  await screen.findByRole('heading', { level: 1, name: 'NDES connectors' });

  act(() => void window.dispatchEvent(new Event('offline')));
  expect(screen.getByRole('alert')).toHaveTextContent(/^You are offline\./);

  act(() => void window.dispatchEvent(new Event('online')));
  expect(screen.queryByText(/^You are offline\./)).not.toBeInTheDocument();
  expect(await screen.findByText('Back online')).toBeVisible();
});

it('says a retry is under way while Graph asks the app to wait, then gets out of the way', async () => {
  armFault({
    ...FAULT_TARGETS.list,
    kind: 'http-503',
    retryAfter: { seconds: 1, format: 'seconds' },
  });
  renderApp({ route: '/connectors' });

  expect(await screen.findByRole('status', { name: 'Graph retries' })).toHaveTextContent(
    'Graph is busy (HTTP 503): trying again in 1 s (attempt 2 of 3)…',
  );
  await screen.findByRole('heading', { level: 1, name: 'NDES connectors' });
  expect(screen.queryByRole('status', { name: 'Graph retries' })).not.toBeInTheDocument();
  expect(receivedRequests('GET', FAULT_TARGETS.list.path)).toHaveLength(2);
});
