import { nextVerdictChange, useHealthRules } from '@/features/connectors/public';
import type { HealthRules, Connector } from '@/features/connectors/public';
import { useNow } from '@/lib/use-now';

import { toFleetRows, type FleetRow } from './fleet-rows';
import type { TenantLoad } from './use-fleet';

// A tenant's rows are built once per list it receives (verdict and search text included), and again
// only when one of its verdicts would change with time (a connector that stopped talking sends the same
// list at every refetch, so its verdict must age without one). The flat list is rebuilt only when a
// tenant's rows change, so a filter keystroke only filters.
type CachedRows = { settings: HealthRules; rows: FleetRow[]; validUntil: number };
const rowsCache = new WeakMap<Connector[], CachedRows>();
type Flat = { parts: FleetRow[][]; all: FleetRow[]; byTenant: Map<string, FleetRow[]> };
let lastFlat: Flat = { parts: [], all: [], byTenant: new Map() };

function rowsOf(load: TenantLoad, settings: HealthRules, now: number): FleetRow[] {
  const connectors = load.connectors;
  if (!connectors) return [];
  const cached = rowsCache.get(connectors);
  if (cached?.settings === settings && now < cached.validUntil) return cached.rows;
  const rows = toFleetRows(load.tenant, connectors, settings, now);
  const validUntil = Math.min(
    ...connectors.map((connector) => nextVerdictChange(connector, settings, now)),
  );
  rowsCache.set(connectors, { settings, rows, validUntil });
  return rows;
}

// The same objects while no tenant's rows changed, so that memoized views skip a filter keystroke.
function flatten(loads: TenantLoad[], parts: FleetRow[][]): Flat {
  const same =
    parts.length === lastFlat.parts.length &&
    parts.every((part, index) => part === lastFlat.parts[index]);
  if (same) return lastFlat;
  const byTenant = new Map(loads.map((load, index) => [load.tenant.tenantId, parts[index] ?? []]));
  lastFlat = { parts, all: parts.flat(), byTenant };
  return lastFlat;
}

/** The rows of every listed tenant, by tenant id, and all of them in one stable list. */
export function useFleetRows(loads: TenantLoad[]) {
  const settings = useHealthRules();
  const now = useNow();
  const { byTenant, all } = flatten(
    loads,
    loads.map((load) => rowsOf(load, settings, now)),
  );
  return { byTenant, all };
}
