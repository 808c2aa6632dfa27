import type { Connector } from '../model/connector';

import { toSnapshot, type Snapshot } from './snapshot';
import type { VisitChange } from './snapshot-diff';

const sameContent = (snapshot: Snapshot, connectors: readonly Connector[]) =>
  JSON.stringify(snapshot.connectors) === JSON.stringify(toSnapshot(connectors, 0).connectors);

/**
 * When the snapshot moves on by itself: on the first visit (there is none), and when the list holds
 * nothing to report but has moved (a connector checked in). Changes to report stay until "Mark as seen".
 */
export function shouldMoveOn(
  snapshot: Snapshot | null,
  changes: readonly VisitChange[],
  connectors: readonly Connector[],
): boolean {
  if (!snapshot) return true;
  return changes.length === 0 && !sameContent(snapshot, connectors);
}
