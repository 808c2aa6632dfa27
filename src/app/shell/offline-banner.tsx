import { useEffect, useRef } from 'react';

import { Alert } from '@/components/ui/alert';
import { useOnline } from '@/lib/state/network-status';
import { notify } from '@/lib/state/notifications';

/** Shown while the browser is offline; pages that were waiting load again once it is back. */
export function OfflineBanner() {
  const online = useOnline();
  const wasOffline = useRef(!online);
  useEffect(() => {
    if (online && wasOffline.current) notify('success', 'Back online');
    wasOffline.current = !online;
  }, [online]);
  if (online) return null;
  return (
    <Alert severity="warning" style={{ marginBottom: 16 }}>
      You are offline. Pages load again when the connection returns; save once you are back online.
    </Alert>
  );
}
