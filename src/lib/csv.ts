// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection); a leading '
// makes it text. https://owasp.org/www-community/attacks/CSV_Injection
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formulas defused, then quoted as RFC 4180 asks when it holds a quote, comma or line break. */
export function csvCell(value: string | null | undefined): string {
  const text = value ?? '';
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Rows as CSV, the first being the header: CRLF after every record and, for a file, a UTF-8 byte order
 * mark first, without which Excel reads the file in the system's legacy encoding.
 */
export function toCsv(
  rows: readonly (readonly (string | null | undefined)[])[],
  { bom = true }: { bom?: boolean } = {},
): string {
  return `${bom ? '\uFEFF' : ''}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
