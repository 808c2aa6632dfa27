import type { MockDb } from '../db';

import { connectorHandlers } from './connectors';
import { scopeTagHandlers } from './scope-tags';

export function graphHandlers(db: MockDb) {
  return [...connectorHandlers(db), ...scopeTagHandlers(db)];
}
