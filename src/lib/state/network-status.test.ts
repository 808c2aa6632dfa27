import { onlineManager } from '@tanstack/react-query';

import {
  connectQueriesToNetworkStatus,
  isOnline,
  subscribeToNetworkStatus,
} from './network-status';

afterEach(() => window.dispatchEvent(new Event('online')));

it('follows the browser going offline and back, and tells React Query', () => {
  connectQueriesToNetworkStatus();
  const seen: boolean[] = [];
  const unsubscribe = subscribeToNetworkStatus((online) => seen.push(online));

  window.dispatchEvent(new Event('offline'));
  expect(isOnline()).toBe(false);
  expect(onlineManager.isOnline()).toBe(false);

  window.dispatchEvent(new Event('online'));
  expect(isOnline()).toBe(true);
  expect(onlineManager.isOnline()).toBe(true);

  unsubscribe();
  expect(seen).toEqual([false, true]);
});
