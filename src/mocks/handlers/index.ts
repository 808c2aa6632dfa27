import type { MockDb } from '../db';
import { faultHandler } from '../faults/fault-handler';

import { connectorHandlers } from './connectors';
import { scopeTagHandlers } from './scope-tags';

export function graphHandlers(db: MockDb) {
  return [faultHandler(db, [...connectorHandlers(db), ...scopeTagHandlers(db)])];
}
