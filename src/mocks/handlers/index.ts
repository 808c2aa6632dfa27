import { faultHandler } from '../faults/fault-handler';
import type { MockDb } from '../tenant/db';

import { batchHandler } from './batch';
import { connectorHandlers } from './connectors';
import { scopeTagHandlers } from './scope-tags';

export function graphHandlers(db: MockDb) {
  const tenantHandlers = [...connectorHandlers(db), ...scopeTagHandlers(db)];
  return [faultHandler(db.faults, [...tenantHandlers, batchHandler(db.faults, tenantHandlers)])];
}
