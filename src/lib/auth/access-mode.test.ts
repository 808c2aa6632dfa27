import { scopesAllowWrite } from './access-mode';

describe('scopesAllowWrite', () => {
  it.each([
    [['DeviceManagementConfiguration.ReadWrite.All']],
    [['openid', 'https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All']],
    [['https://graph.microsoft.us/devicemanagementconfiguration.readwrite.all']],
    // The permission the update page of the docs names.
    [['https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All']],
  ])('allows writing with %j', (scopes) => {
    expect(scopesAllowWrite(scopes)).toBe(true);
  });

  it.each([
    [[]],
    [['openid', 'profile', 'User.Read']],
    [['https://graph.microsoft.com/DeviceManagementConfiguration.Read.All']],
    [['https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.AllX']],
    [['https://graph.microsoft.com/XDeviceManagementConfiguration.ReadWrite.All']],
    [['DeviceManagementManagedDevices.ReadWrite.All']],
  ])('keeps the session read-only with %j', (scopes) => {
    expect(scopesAllowWrite(scopes)).toBe(false);
  });
});
