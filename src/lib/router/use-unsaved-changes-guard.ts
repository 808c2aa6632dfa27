import { useCallback, useEffect, useRef } from 'react';

import { leavingForEntra } from '@/lib/auth/interaction-hooks';
import { registerUnsavedChanges } from '@/lib/state/unsaved-changes';

import { useBlocker } from './use-blocker';

/**
 * Holds in-app navigation while `when` is true (the caller asks the user through the returned blocker)
 * and makes the browser confirm closing or reloading the tab. `release()` lets a successful save leave
 * before the next render has cleared `when`. `description` names the changes in the sign-out and idle
 * dialogs.
 */
export function useUnsavedChangesGuard(
  when: boolean,
  description = 'Unsaved changes on this page',
) {
  const released = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && !released.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // The app's own trip to Entra ID: the draft is already kept, or the user chose to sign out.
      if (released.current || leavingForEntra.get()) return;
      event.preventDefault();
      // Older Chromium needs returnValue set to show its dialog.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    const unregister = registerUnsavedChanges(description);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      unregister();
    };
  }, [when, description]);

  const release = useCallback(() => {
    released.current = true;
  }, []);
  return { blocker, release };
}
