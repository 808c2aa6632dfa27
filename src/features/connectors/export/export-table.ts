import { HEALTH_LABELS } from '../health/assess-health';
import { SUPPORT_COLUMN } from '../health/support-column';
import type { ConnectorHealth } from '../health/use-connector-health';
import { fieldList, type Connector } from '../model/connector';
import type { FormatContext } from '../model/field-types';
import { formatValue } from '../model/format-field';

/** What an export knows beyond the connectors: their verdicts and the tenant's scope tag names. */
export type ExportContext = FormatContext & { health: Map<string, ConnectorHealth> };

export type ExportTable = { headers: string[]; rows: string[][] };

const reasonsOf = (health: ConnectorHealth | undefined) =>
  health ? [...health.reasons, ...(health.leftover ? [health.leftover] : [])] : [];

/** Every field of the model, formatted as the app shows it, then the verdict, its reasons and the support status. */
export function exportTable(connectors: readonly Connector[], context: ExportContext): ExportTable {
  const headers = [
    ...fieldList.map((field) => field.label),
    'Health',
    'Health reasons',
    SUPPORT_COLUMN.header,
  ];
  const rows = connectors.map((connector) => {
    const health = context.health.get(connector.id);
    return [
      ...fieldList.map((field) => formatValue(field.key, connector[field.key], context)),
      health ? HEALTH_LABELS[health.level] : '',
      reasonsOf(health).join('\n'),
      health ? SUPPORT_COLUMN.words(health) : '',
    ];
  });
  return { headers, rows };
}

/** JSON keeps Graph's raw values beside the formatted ones, so a script can read it back. */
export function exportJsonRecords(connectors: readonly Connector[], context: ExportContext) {
  return connectors.map((connector) => {
    const health = context.health.get(connector.id);
    return {
      ...Object.fromEntries(fieldList.map((field) => [field.key, connector[field.key]])),
      formatted: Object.fromEntries(
        fieldList.map((field) => [
          field.key,
          formatValue(field.key, connector[field.key], context),
        ]),
      ),
      health: health
        ? {
            verdict: HEALTH_LABELS[health.level],
            reasons: reasonsOf(health),
            support: SUPPORT_COLUMN.words(health),
          }
        : null,
    };
  });
}
