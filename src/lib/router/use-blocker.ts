import { useEffect, useSyncExternalStore } from 'react';

import { useStableCallback } from '@/lib/use-stable-callback';

import type { Blocker, BlockerFunction } from './app-history';
import { useAppHistory } from './app-router';

/**
 * Holds navigations that `shouldBlock` refuses, Back and Forward included, until the caller answers
 * through the returned blocker (proceed or reset). One blocker at a time, as in React Router.
 */
export function useBlocker(shouldBlock: BlockerFunction): Blocker {
  const history = useAppHistory();
  const latest = useStableCallback(shouldBlock);
  useEffect(() => {
    history.setBlocker(latest);
    return () => history.setBlocker(null);
  }, [history, latest]);
  return useSyncExternalStore(history.subscribeBlocker, history.blocker);
}
