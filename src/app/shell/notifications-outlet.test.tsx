import { act, fireEvent, render, screen } from '@testing-library/react';

import { notify } from '@/lib/state/notifications';

import { NotificationsOutlet } from './notifications-outlet';

afterEach(() => vi.useRealTimers());

// React renders between the two: the 5 s auto-hide closes the toast, then its exit transition runs.
const showFor = () => {
  act(() => void vi.advanceTimersByTime(5_000));
  act(() => void vi.advanceTimersByTime(1_000));
};

it('shows a burst of notifications one after another, each in turn', () => {
  vi.useFakeTimers();
  render(<NotificationsOutlet />);

  act(() => {
    notify('info', 'First');
    notify('warning', 'Second');
    notify('success', 'Third');
  });

  expect(screen.getByRole('alert')).toHaveTextContent('First');
  showFor();
  expect(screen.getByRole('alert')).toHaveTextContent('Second');
  showFor();
  expect(screen.getByRole('alert')).toHaveTextContent('Third');
  showFor();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

it('shows the next notification as soon as the current one is closed', () => {
  vi.useFakeTimers();
  render(<NotificationsOutlet />);
  act(() => {
    notify('info', 'First');
    notify('info', 'Second');
  });

  fireEvent.click(screen.getByRole('button', { name: 'Close' }));
  act(() => void vi.advanceTimersByTime(1_000));

  expect(screen.getByRole('alert')).toHaveTextContent('Second');
});

it('lets the current toast stay its full time when another arrives', () => {
  vi.useFakeTimers();
  render(<NotificationsOutlet />);
  act(() => notify('info', 'First'));
  act(() => void vi.advanceTimersByTime(4_000));
  act(() => notify('info', 'Second'));

  expect(screen.getByRole('alert')).toHaveTextContent('First');
  act(() => void vi.advanceTimersByTime(1_000));
  act(() => void vi.advanceTimersByTime(1_000));
  expect(screen.getByRole('alert')).toHaveTextContent('Second');
});
