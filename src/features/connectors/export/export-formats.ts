import { toCsv } from '@/lib/csv';
import type { DownloadFile } from '@/lib/download-file';

import type { Connector } from '../model/connector';

import { exportJsonRecords, exportTable, type ExportContext } from './export-table';

export type ExportFormat = 'csv' | 'json' | 'markdown';
export type ExportOptions = ExportContext & { tenantName: string; now: Date };

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * One Markdown table cell that renders as the text it holds wherever it is pasted: `<`, `>` and `&` as
 * entities, so no HTML (an `<img onerror>`, a tracking pixel) reaches a renderer that allows it; every
 * character Markdown gives a meaning (links, images, emphasis, code, headings, the cell's pipes) behind a
 * backslash; a line break as ` / `, since a table row is one line and `<br>` would be raw HTML again.
 */
export function markdownCell(value: string): string {
  return value
    .replace(/[&<>]/g, (char) => HTML_ENTITIES[char] ?? char)
    .replace(/[\\`*_[\]()#!|~]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, ' / ');
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
): DownloadFile {
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
    content: toCsv([headers, ...rows]),
  };
}
