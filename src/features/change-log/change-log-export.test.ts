import type { ChangeEntry } from './change-log';
import { changeLogCsv, changeLogFileName, changeLogJson } from './change-log-export';

const entry: ChangeEntry = {
  at: '2026-12-02T10:00:00.000Z',
  tenantId: null,
  connectorId: 'c1',
  connectorName: 'CERT01, "primary"',
  field: 'Display name',
  oldValue: 'CERT01',
  newValue: '=HYPERLINK("https://evil.example")',
  outcome: 'saved',
  detail: null,
  requestId: 'graph-1',
  clientRequestId: 'req-1',
};

describe('changeLogCsv', () => {
  it('writes a header and one CRLF line per entry, with a BOM for a file', () => {
    const csv = changeLogCsv([entry], { bom: true });
    expect(csv.startsWith('\uFEFFTime (UTC),Connector,Connector id,Field,')).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFTime (UTC),Connector,Connector id,Field,Old value,New value,Outcome,Detail,request-id,client-request-id',
      `2026-12-02T10:00:00.000Z,"CERT01, ""primary""",c1,Display name,CERT01,"'=HYPERLINK(""https://evil.example"")",saved,,graph-1,req-1`,
      '',
    ]);
  });

  it('names each entry’s tenant in a console with several tenants', () => {
    const fabrikam = { ...entry, tenantId: 'fab1' };
    const csv = changeLogCsv([entry, fabrikam], {
      tenantOf: ({ tenantId }) =>
        tenantId ? { name: 'Fabrikam', tenantId } : { name: 'Contoso', tenantId: 'c0de' },
    });
    const [header, contoso, other] = csv.split('\r\n');
    expect(header?.startsWith('Time (UTC),Tenant,Tenant ID,Connector,')).toBe(true);
    expect(contoso?.startsWith('2026-12-02T10:00:00.000Z,Contoso,c0de,')).toBe(true);
    expect(other?.startsWith('2026-12-02T10:00:00.000Z,Fabrikam,fab1,')).toBe(true);
  });

  it('leaves the BOM out for the clipboard', () => {
    expect(changeLogCsv([]).startsWith('Time (UTC)')).toBe(true);
  });
});

describe('changeLogJson and the file names', () => {
  it('writes the entries as they are, with the export time', () => {
    const exportedAt = new Date('2026-12-02T10:24:22.123Z');
    expect(JSON.parse(changeLogJson([entry], exportedAt))).toEqual({
      exportedAt: '2026-12-02T10:24:22.123Z',
      changes: [entry],
    });
    expect(changeLogFileName('csv', exportedAt)).toBe(
      'ndes-connector-changes-20261202T102422Z.csv',
    );
    expect(changeLogFileName('json', exportedAt)).toBe(
      'ndes-connector-changes-20261202T102422Z.json',
    );
  });
});
