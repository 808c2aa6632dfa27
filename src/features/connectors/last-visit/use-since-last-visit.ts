import { useEffect, useMemo } from 'react';

import { changeLog } from '@/features/change-log/change-log';
import { useTenantScope } from '@/lib/tenant-scope';
import { useNow } from '@/lib/use-now';

import { useHealthRules } from '../health/health-rules';
import type { ConnectorList } from '../model/read-connector';

import {
  storeSnapshot,
  useSnapshotOwner,
  useStoredSnapshot,
  useWriteProblem,
} from './last-visit-store';
import { diffSnapshot, yourChanges } from './snapshot-diff';
import { shouldMoveOn } from './visit-rule';

/** The list as last shown in this tenant, what differs from it now, and "Mark as seen". */
export function useSinceLastVisit({
  connectors,
  complete,
}: Pick<ConnectorList, 'connectors' | 'complete'>) {
  const scope = useTenantScope();
  const { tenantId } = scope;
  const owner = useSnapshotOwner(tenantId);
  const settings = useHealthRules();
  const entries = changeLog.use();
  const now = useNow();
  const snapshot = useStoredSnapshot(owner);
  const changes = useMemo(() => {
    if (!snapshot) return [];
    const yours = yourChanges(entries, scope, snapshot.savedAt);
    return diffSnapshot(snapshot, connectors, { settings, now, yours, complete });
  }, [snapshot, connectors, settings, now, entries, scope, complete]);

  useEffect(() => {
    if (owner && shouldMoveOn(snapshot, changes, connectors)) storeSnapshot(owner, connectors);
  }, [owner, snapshot, changes, connectors]);

  return {
    since: snapshot?.savedAt ?? null,
    changes,
    problem: useWriteProblem(),
    markSeen: () => {
      if (owner) storeSnapshot(owner, connectors);
    },
  };
}
