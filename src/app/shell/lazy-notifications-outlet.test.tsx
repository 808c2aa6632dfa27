import { act, render, screen } from '@testing-library/react';

import { notify } from '@/lib/state/notifications';

import { LazyNotificationsOutlet } from './lazy-notifications-outlet';

it('renders nothing until the first notification, then shows it once the Snackbar has loaded', async () => {
  const { container } = render(<LazyNotificationsOutlet />);
  expect(container).toBeEmptyDOMElement();

  act(() => notify('success', 'Demo data reset'));

  expect(await screen.findByRole('alert')).toHaveTextContent('Demo data reset');
});
