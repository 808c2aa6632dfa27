import { useEffect } from 'react';

import { subscribeToNetworkStatus } from '@/lib/state/network-status';

/** Mounted beside an error that the network caused: tries again by itself once the network is back. */
export function RetryWhenBackOnline({ retry }: { retry: () => void }) {
  useEffect(() => subscribeToNetworkStatus((online) => online && retry()), [retry]);
  return null;
}
