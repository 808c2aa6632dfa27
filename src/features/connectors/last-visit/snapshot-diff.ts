import { sameTenant } from '@/config/tenants';
import type { ChangeEntry } from '@/features/change-log/change-log';
import type { TenantScope } from '@/lib/tenant-scope';

import { assessHealth, type HealthLevel } from '../health/assess-health';
import type { HealthRules } from '../health/health-rules';
import { fieldOf, type Connector } from '../model/connector';
import { connectorLabel } from '../model/connector-label';

import { fromSnapshot, type Snapshot, type SnapshotConnector } from './snapshot';

type About = { id: string; name: string; byYou: boolean };
/** One thing that is different from the list as last shown. */
export type VisitChange = About &
  (
    | { kind: 'added' | 'gone' }
    /** `from`/`to` as shown (labels); `newName` as Graph holds it, '' when none, to match the audit log. */
    | { kind: 'renamed'; from: string; to: string; newName: string }
    | { kind: 'state' | 'version'; from: string; to: string }
    | { kind: 'health'; from: HealthLevel; to: HealthLevel }
  );

export type DiffContext = {
  settings: HealthRules;
  now: number;
  /** What this app sent since the snapshot, in this tenant: see yourChanges. */
  yours: ReadonlySet<string>;
  /** False when Graph had more than the list holds: a connector missing from it may not be gone. */
  complete: boolean;
};

const DELETED = 'Connector';
const mark = (connectorId: string, field: string) => `${connectorId}\n${field}`;
const APPLIED = new Set<ChangeEntry['outcome']>(['saved', 'may have been applied']);

/** The connector fields this app wrote in a tenant after `since`, as keys for DiffContext.yours. */
export function yourChanges(
  entries: readonly ChangeEntry[],
  scope: Pick<TenantScope, 'tenantId' | 'isHome'>,
  since: string,
): Set<string> {
  const from = new Date(since).getTime();
  // Entries logged before tenants had explicit ids carry null for the sign-in tenant.
  const inScope = ({ tenantId }: ChangeEntry) =>
    tenantId === null ? scope.isHome : sameTenant(tenantId, scope.tenantId);
  return new Set(
    entries
      .filter(
        (entry) =>
          inScope(entry) && APPLIED.has(entry.outcome) && new Date(entry.at).getTime() >= from,
      )
      .map((entry) => mark(entry.connectorId, entry.field)),
  );
}

function changesOf(
  before: SnapshotConnector,
  after: Connector,
  shownAt: number,
  context: DiffContext,
): VisitChange[] {
  const by = (field: string) => context.yours.has(mark(after.id, field));
  const about = { id: after.id, name: connectorLabel(after) };
  const changes: VisitChange[] = [];
  const renamedByYou = by(fieldOf('displayName').label);
  if ((before.displayName ?? '') !== (after.displayName ?? '')) {
    const [from, to] = [connectorLabel(before), connectorLabel(after)];
    const newName = after.displayName ?? '';
    changes.push({ ...about, kind: 'renamed', from, to, newName, byYou: renamedByYou });
  }
  const stateByYou = by(fieldOf('state').label);
  if (before.state !== after.state) {
    changes.push({
      ...about,
      kind: 'state',
      from: before.state,
      to: after.state,
      byYou: stateByYou,
    });
  }
  if ((before.connectorVersion ?? '') !== (after.connectorVersion ?? '')) {
    const [from, to] = [before.connectorVersion ?? '', after.connectorVersion ?? ''];
    changes.push({ ...about, kind: 'version', from, to, byYou: false });
  }
  const was = assessHealth(fromSnapshot(before), context.settings, shownAt).level;
  const is = assessHealth(after, context.settings, context.now).level;
  if (was !== is) {
    // A state this app set explains the new verdict only when the state did change.
    const byYou = stateByYou && before.state !== after.state;
    changes.push({ ...about, kind: 'health', from: was, to: is, byYou });
  }
  return changes;
}

/** Every difference between the list as last shown and the list now, in the list's order, then the gone. */
export function diffSnapshot(
  snapshot: Snapshot,
  connectors: readonly Connector[],
  context: DiffContext,
): VisitChange[] {
  const shownAt = new Date(snapshot.savedAt).getTime();
  const before = new Map(snapshot.connectors.map((connector) => [connector.id, connector]));
  const changes = connectors.flatMap((connector): VisitChange[] => {
    const was = before.get(connector.id);
    if (!was) {
      return [{ kind: 'added', id: connector.id, name: connectorLabel(connector), byYou: false }];
    }
    return changesOf(was, connector, shownAt, context);
  });
  if (!context.complete) return changes;
  const now = new Set(connectors.map((connector) => connector.id));
  const gone = snapshot.connectors
    .filter((connector) => !now.has(connector.id))
    .map((connector): VisitChange => ({
      kind: 'gone',
      id: connector.id,
      name: connectorLabel(connector),
      byYou: context.yours.has(mark(connector.id, DELETED)),
    }));
  return [...changes, ...gone];
}
