import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('defuses a cell starting with %j', (start) => {
    expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '')).toMatch(/^'/);
  });

  it.each([
    ['plain', 'plain'],
    ['CERT01 = primary', 'CERT01 = primary'],
    ['', ''],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['=1+1,"x"', `"'=1+1,""x"""`],
    ['\rtext', `"'\rtext"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes a missing value as an empty cell', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts a file with a BOM and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['A', 'B'],
        ['1', 'two\nlines'],
      ]),
    ).toBe('\uFEFFA,B\r\n1,"two\nlines"\r\n');
  });

  it('leaves the BOM out of text for the clipboard', () => {
    expect(toCsv([['A'], [null]], { bom: false })).toBe('A\r\n\r\n');
  });
});
