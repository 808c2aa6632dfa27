import { adminConsentUrl, authorityUrl, CLOUDS, graphBaseUrl, graphScope } from './clouds';

describe('the national cloud host table', () => {
  it.each([
    ['global', 'login.microsoftonline.com', 'graph.microsoft.com'],
    ['usgov', 'login.microsoftonline.us', 'graph.microsoft.us'],
    ['usgovdod', 'login.microsoftonline.us', 'dod-graph.microsoft.us'],
    ['china', 'login.partner.microsoftonline.cn', 'microsoftgraph.chinacloudapi.cn'],
  ] as const)('maps %s to its login and Graph hosts', (cloud, loginHost, graphHost) => {
    expect(CLOUDS[cloud].loginHost).toBe(loginHost);
    expect(CLOUDS[cloud].graphHost).toBe(graphHost);
    expect(graphBaseUrl(cloud)).toBe(`https://${graphHost}/beta`);
    expect(authorityUrl(cloud, 'organizations')).toBe(`https://${loginHost}/organizations`);
  });

  it("prefixes a bare permission with the cloud's Graph resource", () => {
    expect(graphScope('usgov', 'DeviceManagementConfiguration.ReadWrite.All')).toBe(
      'https://graph.microsoft.us/DeviceManagementConfiguration.ReadWrite.All',
    );
  });

  it('leaves a fully qualified scope as it is', () => {
    expect(graphScope('global', 'https://graph.microsoft.com/.default')).toBe(
      'https://graph.microsoft.com/.default',
    );
  });

  it("builds a tenant's admin-consent URL on its cloud's sign-in host", () => {
    expect(
      adminConsentUrl('usgov', {
        tenantId: '22222222-3333-4444-5555-666666666666',
        clientId: '11111111-2222-3333-4444-555555555555',
        redirectUri: 'https://admin.contoso.com/redirect.html',
      }),
    ).toBe(
      'https://login.microsoftonline.us/22222222-3333-4444-5555-666666666666/adminconsent?client_id=11111111-2222-3333-4444-555555555555&redirect_uri=https%3A%2F%2Fadmin.contoso.com%2Fredirect.html',
    );
  });
});
