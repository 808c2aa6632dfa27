import { useSyncExternalStore } from 'react';

import type { ArmedFault, FaultControls } from '@/lib/demo/faults';

// useSyncExternalStore needs the same array back until something changed.
const snapshots = new WeakMap<FaultControls, { key: string; list: ArmedFault[] }>();

function snapshot(faults: FaultControls): ArmedFault[] {
  const list = faults.list();
  const key = JSON.stringify(list);
  const cached = snapshots.get(faults);
  if (cached?.key === key) return cached.list;
  snapshots.set(faults, { key, list });
  return list;
}

/** The armed faults, kept current as requests use them up. */
export function useArmedFaults(faults: FaultControls): ArmedFault[] {
  return useSyncExternalStore(faults.subscribe, () => snapshot(faults));
}
