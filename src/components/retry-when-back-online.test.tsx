import { act, render } from '@testing-library/react';
import { useLayoutEffect } from 'react';

import { isOnline } from '@/lib/state/network-status';

import { RetryWhenBackOnline } from './retry-when-back-online';

beforeAll(isOnline);
afterEach(() => window.dispatchEvent(new Event('online')));

const goOffline = () => act(() => void window.dispatchEvent(new Event('offline')));
const goOnline = () => act(() => void window.dispatchEvent(new Event('online')));

// Layout effects run after the commit and before passive effects: the moment the network may come back
// while the retry is on screen but not yet listening.
function BackOnlineAtCommit() {
  useLayoutEffect(() => void window.dispatchEvent(new Event('online')), []);
  return null;
}

it('retries once the network is back', () => {
  goOffline();
  const retry = vi.fn();
  render(<RetryWhenBackOnline retry={retry} />);
  expect(retry).not.toHaveBeenCalled();

  goOnline();
  expect(retry).toHaveBeenCalledOnce();
});

it('retries when the network came back between its render and its listening', () => {
  goOffline();
  const retry = vi.fn();
  render(
    <>
      <RetryWhenBackOnline retry={retry} />
      <BackOnlineAtCommit />
    </>,
  );
  expect(retry).toHaveBeenCalledOnce();
});

it('does not retry at once when it shows while online: it waits for the network to drop and return', () => {
  const retry = vi.fn();
  render(<RetryWhenBackOnline retry={retry} />);
  expect(retry).not.toHaveBeenCalled();

  goOffline();
  goOnline();
  expect(retry).toHaveBeenCalledOnce();
});

it('makes up for a missed return once, however often it renders again', () => {
  goOffline();
  const first = vi.fn();
  const next = vi.fn();
  const { rerender } = render(
    <>
      <RetryWhenBackOnline retry={first} />
      <BackOnlineAtCommit />
    </>,
  );
  rerender(
    <>
      <RetryWhenBackOnline retry={next} />
      <BackOnlineAtCommit />
    </>,
  );
  expect(first).toHaveBeenCalledOnce();
  expect(next).not.toHaveBeenCalled();
});
