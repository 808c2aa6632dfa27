import { useEffect, useMemo } from 'react';

import { useAuth } from '@/lib/auth/auth-context';

import { useHealthRules } from '../health/health-rules';
import type { ConnectorList } from '../model/read-connector';

import { readSnapshot, storeSnapshot } from './last-visit-store';
import { fromSnapshot, type Snapshot } from './snapshot';
import { diffSnapshot } from './snapshot-diff';
import { shouldMoveOn } from './visit-rule';

/** A tenant's last snapshot as a list, shown until Graph answers; `savedAt` says how old it is. */
export type SnapshotList = ConnectorList & { savedAt: string };

const asList = (snapshot: Snapshot): SnapshotList => ({
  connectors: snapshot.connectors.map(fromSnapshot),
  unreadable: [],
  complete: true,
  pagesRead: 0,
  savedAt: snapshot.savedAt,
});

/** Every tenant's last snapshot for the signed-in user, by tenant id, read when the fleet opens. */
export function useFleetSnapshots(tenantIds: readonly string[]): Map<string, SnapshotList> {
  const user = useAuth().getAccount()?.homeAccountId;
  const key = tenantIds.join('\n');
  return useMemo(() => {
    const lists = new Map<string, SnapshotList>();
    for (const tenantId of key ? key.split('\n') : []) {
      const snapshot = user ? readSnapshot({ user, tenantId }) : null;
      if (snapshot) lists.set(tenantId, asList(snapshot));
    }
    return lists;
  }, [user, key]);
}

/** A tenant as Graph listed it just now; undefined while it loads, fails or shows its snapshot. */
export type FreshList = {
  tenantId: string;
  list: Pick<ConnectorList, 'connectors' | 'complete'> | undefined;
};

/**
 * Each tenant's count of changes since the last visit, by tenant id. A tenant seen for the first time,
 * or with nothing to report, has its snapshot moved on; one with changes keeps it until its page's
 * "Mark as seen". Call it where it renders only when a tenant's list changes (the summary table).
 */
export function useFleetChanges(fresh: readonly FreshList[], now: number): Map<string, number> {
  const user = useAuth().getAccount()?.homeAccountId;
  const settings = useHealthRules();
  const results = fresh.flatMap(({ tenantId, list }) => {
    if (!user || !list) return [];
    const owner = { user, tenantId };
    const snapshot = readSnapshot(owner);
    const context = { settings, now, yours: new Set<string>(), complete: list.complete };
    const changes = snapshot ? diffSnapshot(snapshot, list.connectors, context) : [];
    const moveOn = shouldMoveOn(snapshot, changes, list.connectors);
    return [{ owner, connectors: list.connectors, count: changes.length, moveOn }];
  });

  useEffect(() => {
    for (const { owner, connectors, moveOn } of results)
      if (moveOn) storeSnapshot(owner, connectors);
  });
  return new Map(results.map(({ owner, count }) => [owner.tenantId, count]));
}
