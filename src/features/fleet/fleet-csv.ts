import { HEALTH_LABELS } from '@/features/connectors/health/assess-health';
import { toCsv } from '@/lib/csv';

import type { FleetRow } from './fleet-rows';

const HEADER = [
  'Tenant',
  'Tenant ID',
  'Name',
  'Health',
  'Reasons',
  'State',
  'Version',
  'Machine',
  'Last connection',
  'Connector ID',
];

/** The fleet as CSV: UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF line ends, a tenant column. */
export function fleetCsv(rows: FleetRow[]): string {
  return toCsv([
    HEADER,
    ...rows.map((row) => [
      row.tenant.name,
      row.tenant.tenantId,
      row.name,
      HEALTH_LABELS[row.health.level],
      row.health.reasons.join(' '),
      row.connector.state,
      row.connector.connectorVersion,
      row.connector.machineName,
      row.connector.lastConnectionDateTime,
      row.connector.id,
    ]),
  ]);
}
