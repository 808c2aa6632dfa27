import { useEffect, useRef, useState } from 'react';

import { useAuth } from '@/lib/auth/auth-context';
import { watchIdle, type IdleControls } from '@/lib/auth/idle-timer';

/** Signs out after `idleTimeoutMinutes` without input in any tab; `warning` is the last minute. */
export function useIdleWarning() {
  const auth = useAuth();
  const [warning, setWarning] = useState(false);
  const controls = useRef<IdleControls | null>(null);
  const timeoutMs = auth.idleTimeoutMinutes * 60_000;

  useEffect(() => {
    if (timeoutMs <= 0) return;
    const watch = watchIdle({
      timeoutMs,
      onWarning: setWarning,
      onTimeout: () => void auth.signOut('idle'),
    });
    controls.current = watch;
    return watch.stop;
  }, [auth, timeoutMs]);

  return { warning, stay: () => controls.current?.stay() };
}
