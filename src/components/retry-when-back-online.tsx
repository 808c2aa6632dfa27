import { useEffect, useRef } from 'react';

import { isOnline, subscribeToNetworkStatus } from '@/lib/state/network-status';

/** Mounted beside an error that the network caused: tries again by itself once the network is back. */
export function RetryWhenBackOnline({ retry }: { retry: () => void }) {
  const offlineWhenShown = useRef<boolean | null>(null);
  offlineWhenShown.current ??= !isOnline();
  useEffect(() => {
    // The network may have come back after the render and before this listens: a retry is due.
    if (offlineWhenShown.current && isOnline()) retry();
    offlineWhenShown.current = false;
    return subscribeToNetworkStatus((online) => online && retry());
  }, [retry]);
  return null;
}
