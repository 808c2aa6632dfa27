import { useEffect } from 'react';

import { holdRedirects } from '@/lib/auth/interaction-hooks';
import { notify } from '@/lib/state/notifications';

import { useUnsavedChangesGuard } from './use-unsaved-changes-guard';

/**
 * While requests are out that must not be cut off (a bulk run, a delete): closing or reloading the tab
 * asks first (the unsaved-changes guard's beforeunload), an in-app navigation stays where it is (a toast
 * says why), and no
 * token request may redirect the page away.
 */
export function useInFlightGuard(when: boolean, description: string) {
  const { blocker } = useUnsavedChangesGuard(when, description);
  useEffect(() => (when ? holdRedirects() : undefined), [when]);
  useEffect(() => {
    // The dialog stays open over the page: Back waits until the run has ended, and says so.
    if (blocker.state !== 'blocked') return;
    notify('info', `${description}: this page stays until it has ended.`);
    blocker.reset();
  }, [blocker, description]);
}
