import { tenantFindings } from './tenant-findings';

const connector = (state: string, connectorVersion: string | null = '6.2510.3.2002') => ({
  state,
  connectorVersion,
});
const texts = (connectors: ReturnType<typeof connector>[]) =>
  tenantFindings(connectors).map((finding) => finding.text);

describe('tenantFindings', () => {
  it('finds no active connector in an empty tenant or one with none active', () => {
    const none = [{ kind: 'no-active-connector', level: 'unhealthy', text: 'No active connector' }];
    expect(tenantFindings([])).toEqual(none);
    expect(tenantFindings([connector('inactive'), connector('none')])).toEqual(none);
    expect(tenantFindings([connector('unknownFutureValue')])).toEqual(none);
  });

  it('warns when one connector is the only active one', () => {
    expect(tenantFindings([connector('active'), connector('inactive')])).toEqual([
      {
        kind: 'single-active-connector',
        level: 'warning',
        text: 'Only one active connector: a single point of failure for certificate delivery',
      },
    ]);
  });

  it('finds nothing for two active connectors on one version', () => {
    expect(tenantFindings([connector('active'), connector('active')])).toEqual([]);
  });

  it('lists mixed versions newest first with their counts, skipping connectors without one', () => {
    const connectors = [
      connector('active', '6.2406.0.2002'),
      connector('active'),
      connector('inactive'),
      connector('active', null),
      connector('active', ' '),
      connector('active'),
    ];
    expect(tenantFindings(connectors)).toEqual([
      {
        kind: 'mixed-versions',
        level: 'warning',
        text: 'Mixed versions: 6.2510.3.2002 on 3, 6.2406.0.2002 on 1 (Microsoft recommends one version for all)',
      },
    ]);
  });

  it('orders versions by number, not by text', () => {
    expect(texts([connector('active', '9.0'), connector('active', '10.0')])).toEqual([
      'Mixed versions: 10.0 on 1, 9.0 on 1 (Microsoft recommends one version for all)',
    ]);
  });

  it('reports a single active connector and mixed versions together', () => {
    expect(texts([connector('active'), connector('inactive', '6.2406.0.2002')])).toEqual([
      'Only one active connector: a single point of failure for certificate delivery',
      'Mixed versions: 6.2510.3.2002 on 1, 6.2406.0.2002 on 1 (Microsoft recommends one version for all)',
    ]);
  });
});
