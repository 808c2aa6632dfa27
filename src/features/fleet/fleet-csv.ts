import { HEALTH_LABELS } from '@/features/connectors/health/assess-health';

import type { FleetRow } from './fleet-rows';

// Same rules as the single-tenant export: a spreadsheet must not run a cell as a formula.
// https://owasp.org/www-community/attacks/CSV_Injection
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formulas defused with a leading ', then quoted as RFC 4180 says when needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

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
  const lines = rows.map((row) =>
    [
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
    ]
      .map((value) => csvCell(String(value ?? '')))
      .join(','),
  );
  return `\uFEFF${[HEADER.join(','), ...lines].join('\r\n')}\r\n`;
}

export function downloadCsv(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
