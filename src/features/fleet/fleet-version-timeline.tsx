import { useMemo } from 'react';

import { useReleaseTable, VersionTimelineButton } from '@/features/connectors/public';

import type { FleetRow } from './fleet-rows';

/**
 * The version timeline over every loaded tenant, versions summed across tenants: the question is which
 * versions the fleet runs and when they stop, and one row per tenant would not fit hundreds of tenants.
 */
export function FleetVersionTimeline({ rows }: { rows: readonly FleetRow[] }) {
  const table = useReleaseTable();
  const connectors = useMemo(
    () =>
      rows.map((row) => ({
        connectorVersion: row.connector.connectorVersion,
        tenantId: row.tenant.tenantId,
      })),
    [rows],
  );
  if (connectors.length === 0) return null;
  return <VersionTimelineButton connectors={connectors} fleet table={table} />;
}
