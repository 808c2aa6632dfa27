import type { Connector } from '../model/connector';

import { exportJsonRecords, exportTable, type ExportContext } from './export-table';

export type ExportFormat = 'csv' | 'json' | 'markdown';
export type ExportFile = { fileName: string; mimeType: string; content: string };
export type ExportOptions = ExportContext & { tenantName: string; now: Date };

// Excel reads a CSV as UTF-8 only with a byte order mark.
const BOM = '\uFEFF';
// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formulas defused with a leading `'`, then quoted per RFC 4180 when needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(headers: string[], rows: string[][]): string {
  return `${BOM}${[headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** One Markdown table cell: pipes escaped, line breaks as <br> so the row stays one line. */
export function markdownCell(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

export function toMarkdown(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'tenant';
}

/** `ndes-connectors-contoso-20261202T0815Z.csv`: the tenant and the UTC minute of the export. */
export function exportFileName(tenantName: string, now: Date, extension: string): string {
  const stamp = now.toISOString().slice(0, 16).replaceAll('-', '').replace(':', '');
  return `ndes-connectors-${slugify(tenantName)}-${stamp}Z.${extension}`;
}

/** The connectors as a CSV, JSON or Markdown document, named for the tenant and the time. */
export function exportConnectors(
  connectors: readonly Connector[],
  format: ExportFormat,
  { tenantName, now, ...context }: ExportOptions,
): ExportFile {
  if (format === 'json') {
    const content = JSON.stringify(
      {
        tenant: tenantName,
        exportedAt: now.toISOString(),
        connectors: exportJsonRecords(connectors, context),
      },
      null,
      2,
    );
    return {
      fileName: exportFileName(tenantName, now, 'json'),
      mimeType: 'application/json',
      content,
    };
  }
  const { headers, rows } = exportTable(connectors, context);
  if (format === 'markdown') {
    return {
      fileName: exportFileName(tenantName, now, 'md'),
      mimeType: 'text/markdown',
      content: toMarkdown(headers, rows),
    };
  }
  return {
    fileName: exportFileName(tenantName, now, 'csv'),
    mimeType: 'text/csv;charset=utf-8',
    content: toCsv(headers, rows),
  };
}
