import { connectorSchema } from '@/features/connectors/model/connector';

import { memoryStore } from '../graph/key-value-store';

import { createMockDb } from './db';
import { largeTenantConnectors, MAX_CONNECTORS } from './large-tenant';

it('holds Intune’s maximum of 100 valid connectors with unique ids', () => {
  const connectors = largeTenantConnectors(Date.parse('2026-12-02T08:00:00Z'));
  expect(connectors).toHaveLength(MAX_CONNECTORS);
  expect(new Set(connectors.map((c) => c.id)).size).toBe(MAX_CONNECTORS);
  for (const connector of connectors)
    expect(connectorSchema.safeParse(connector).success).toBe(true);
});

it('is the same tenant on every load', () => {
  const now = Date.parse('2026-12-02T08:00:00Z');
  expect(largeTenantConnectors(now)).toEqual(largeTenantConnectors(now));
});

it('is what a reset to the large tenant loads, and a plain reset goes back', () => {
  const db = createMockDb(memoryStore());
  db.reset('large');
  expect(db.listConnectors()).toHaveLength(100);
  db.reset();
  expect(db.listConnectors()).toHaveLength(10);
});
