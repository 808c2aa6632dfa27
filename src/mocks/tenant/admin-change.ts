import type { Connector } from '@/features/connectors/model/connector';

import { admin, ANOTHER_ADMIN, auditEvent, connectorResource } from './audit-events';
import type { TenantDb } from './db';

/**
 * Another admin's change in the Intune admin center, for tests of a later visit: the connector
 * changes, and Intune's audit log records who made it, as the real service does.
 */
export function changeAsAdmin(
  db: Pick<TenantDb, 'getConnector' | 'updateConnector' | 'addAuditEvent'>,
  id: string,
  changes: Partial<Connector>,
  userPrincipalName = ANOTHER_ADMIN,
): Connector | undefined {
  const before = db.getConnector(id);
  const updated = db.updateConnector(id, changes);
  if (!before || !updated) return undefined;
  db.addAuditEvent(
    auditEvent({
      operation: 'Patch',
      at: Date.now(),
      actor: admin(userPrincipalName),
      correlationId: crypto.randomUUID(),
      resources: [connectorResource(before, changes)],
    }),
  );
  return updated;
}
