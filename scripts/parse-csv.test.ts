import { describe, expect, it } from 'vitest';

import { toCsv } from '../src/lib/csv';

import { parseCsv } from './parse-csv.mjs';

describe('parseCsv', () => {
  it('reads back what the app exports: quotes, commas, line breaks and empty fields', () => {
    const rows = [
      ['Tenant', 'Name', 'Reasons'],
      ['Contoso', 'CERT01', 'Silent for 3 days, version "6.2" is old'],
      ['Fabrikam', '', 'first line\r\nsecond line'],
      ['', 'CERT03', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('reads a file without a byte order mark or a final line break', () => {
    expect(parseCsv('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
