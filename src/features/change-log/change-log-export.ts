import { toCsv } from '@/lib/csv';

import type { ChangeEntry } from './change-log';

const COLUMNS: [header: string, value: (entry: ChangeEntry) => string | null][] = [
  ['Time (UTC)', (entry) => entry.at],
  ['Connector', (entry) => entry.connectorName],
  ['Connector id', (entry) => entry.connectorId],
  ['Field', (entry) => entry.field],
  ['Old value', (entry) => entry.oldValue],
  ['New value', (entry) => entry.newValue],
  ['Outcome', (entry) => entry.outcome],
  ['Detail', (entry) => entry.detail],
  ['request-id', (entry) => entry.requestId],
  ['client-request-id', (entry) => entry.clientRequestId],
];

/** A console with several tenants: each entry's tenant, by name and directory id. */
export type TenantOfEntry = (entry: ChangeEntry) => { name: string; tenantId: string };

/**
 * The log as CSV: a header row and CRLF lines; for a file, a UTF-8 byte order mark first, so that a
 * spreadsheet reads the encoding right. With `tenantOf`, each row names its tenant too.
 */
export function changeLogCsv(
  entries: readonly ChangeEntry[],
  { bom = false, tenantOf }: { bom?: boolean; tenantOf?: TenantOfEntry } = {},
): string {
  const [time, ...rest] = COLUMNS;
  const columns: typeof COLUMNS =
    tenantOf && time
      ? [
          time,
          ['Tenant', (entry) => tenantOf(entry).name],
          ['Tenant ID', (entry) => tenantOf(entry).tenantId],
          ...rest,
        ]
      : COLUMNS;
  return toCsv(
    [
      columns.map(([header]) => header),
      ...entries.map((entry) => columns.map(([, value]) => value(entry))),
    ],
    { bom },
  );
}

export function changeLogJson(entries: readonly ChangeEntry[], exportedAt: Date): string {
  return `${JSON.stringify({ exportedAt: exportedAt.toISOString(), changes: entries }, null, 2)}\n`;
}

/** e.g. ndes-connector-changes-20261202T102422Z.csv: the UTC time it was exported, sortable. */
export function changeLogFileName(extension: 'csv' | 'json', exportedAt: Date): string {
  const stamp = exportedAt
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(/[-:]/g, '');
  return `ndes-connector-changes-${stamp}.${extension}`;
}
