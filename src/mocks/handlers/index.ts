import { faultHandler } from '../faults/fault-handler';
import type { MockDb } from '../tenant/db';

import { connectorHandlers } from './connectors';
import { scopeTagHandlers } from './scope-tags';

export function graphHandlers(db: MockDb) {
  return [faultHandler(db.faults, [...connectorHandlers(db), ...scopeTagHandlers(db)])];
}
