/** CSV text as records (RFC 4180): a quoted field may hold commas, line breaks and doubled quotes. */
export function parseCsv(text) {
  const records = [];
  let record = [];
  const fields = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .matchAll(/("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n|$)/g);
  for (const [, raw, end] of fields) {
    record.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (end === ',') continue;
    records.push(record);
    record = [];
    if (end === '') break;
  }
  return records;
}
