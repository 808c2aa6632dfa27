import type { HealthSettings } from '@/features/connectors/health/health-settings';
import { useHealthSettings } from '@/features/connectors/health/health-settings';
import type { Connector } from '@/features/connectors/model/connector';

import { toFleetRows, type FleetRow } from './fleet-rows';
import type { TenantLoad } from './use-fleet';

// A tenant's rows are built once per list it receives (verdict and search text included), and the
// flat list is rebuilt only when a tenant's rows change, so a filter keystroke only filters.
const rowsCache = new WeakMap<Connector[], { settings: HealthSettings; rows: FleetRow[] }>();
type Flat = { parts: FleetRow[][]; all: FleetRow[]; byTenant: Map<string, FleetRow[]> };
let lastFlat: Flat = { parts: [], all: [], byTenant: new Map() };

function rowsOf(load: TenantLoad, settings: HealthSettings): FleetRow[] {
  if (!load.connectors) return [];
  const cached = rowsCache.get(load.connectors);
  if (cached?.settings === settings) return cached.rows;
  const rows = toFleetRows(load.tenant, load.connectors, settings, Date.now());
  rowsCache.set(load.connectors, { settings, rows });
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
  const settings = useHealthSettings();
  const { byTenant, all } = flatten(
    loads,
    loads.map((load) => rowsOf(load, settings)),
  );
  return { byTenant, all };
}
