import { HEALTH_LABELS, SUPPORT_COLUMN } from '@/features/connectors/public';
import { toCsv } from '@/lib/csv';

import { FLEET_FIELDS } from './fleet-columns';
import type { FleetRow } from './fleet-rows';

/**
 * The fleet as CSV: UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF line ends, a tenant column.
 * The model's fleet fields, with the verdict and its reasons after the first of them (the name), and
 * the support status last.
 */
export function fleetCsv(rows: FleetRow[]): string {
  const [first, ...others] = FLEET_FIELDS.map((field, index) => ({ ...field, index }));
  const fields = (row: FleetRow, from: typeof others) => from.map(({ index }) => row.texts[index]);
  const head = first ? [first] : [];
  return toCsv([
    ['Tenant', 'Tenant ID', ...head.map(({ header }) => header), 'Health', 'Reasons'].concat(
      others.map(({ header }) => header),
      SUPPORT_COLUMN.header,
    ),
    ...rows.map((row) => [
      row.tenant.name,
      row.tenant.tenantId,
      ...fields(row, head),
      HEALTH_LABELS[row.health.level],
      row.health.reasons.join(' '),
      ...fields(row, others),
      SUPPORT_COLUMN.words(row.health),
    ]),
  ]);
}
