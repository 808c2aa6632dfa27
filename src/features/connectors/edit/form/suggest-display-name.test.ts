import { suggestDisplayName } from './suggest-display-name';

describe('suggestDisplayName', () => {
  it('names the server first, then its full name', () => {
    expect(suggestDisplayName({ machineName: 'cert01.corp.contoso.com' })).toBe(
      'CERT01 (cert01.corp.contoso.com)',
    );
  });

  it('uses a bare host name as it is, upper-cased', () => {
    expect(suggestDisplayName({ machineName: 'pki-01' })).toBe('PKI-01');
  });

  it('has nothing to suggest without a machine name', () => {
    expect(suggestDisplayName({ machineName: null })).toBeNull();
    expect(suggestDisplayName({ machineName: '  ' })).toBeNull();
  });
});
