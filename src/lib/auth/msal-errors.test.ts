import { AuthError, InteractionRequiredAuthError } from '@azure/msal-browser';

import { aadstsCode, describeAuthError } from './msal-errors';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';

describe('describeAuthError', () => {
  it('turns a missing consent into what an administrator must do, with the client id', () => {
    const error = new InteractionRequiredAuthError(
      'consent_required',
      'correlation-id',
      'AADSTS65001: The user or administrator has not consented to use the application. https://login.microsoftonline.com/error?code=65001',
    );
    const message = describeAuthError(error, CLIENT_ID);
    expect(message).toBe(
      `An administrator must grant the app the DeviceManagementConfiguration.ReadWrite.All permission (admin consent for client id ${CLIENT_ID}).`,
    );
  });

  it('recognises AADSTS65001 under a generic error code', () => {
    const error = new AuthError('invalid_grant', 'correlation-id', 'AADSTS65001: consent missing');
    expect(describeAuthError(error, CLIENT_ID)).toContain('An administrator must grant the app');
  });

  it.each([
    ['user_cancelled', 'Sign-in was cancelled'],
    ['login_required', 'Your session has ended'],
    ['interaction_in_progress', 'already in progress'],
    ['no_network_connectivity', 'Could not reach Microsoft Entra ID'],
    ['timed_out', 'could not be renewed in the background'],
    ['monitor_window_timeout', 'could not be renewed in the background'],
    ['invalid_grant', 'Your sign-in has expired'],
  ])('explains %s in words, never as a link', (code, expected) => {
    const message = describeAuthError(
      new AuthError(code, 'correlation-id', 'See https://aka.ms/msaljs/browser-errors'),
      CLIENT_ID,
    );
    expect(message).toContain(expected);
    expect(message).not.toContain('https://');
  });

  it('reads the AADSTS code for an administrator to look up', () => {
    expect(
      aadstsCode(
        new AuthError('access_denied', 'correlation-id', 'AADSTS500121: Authentication failed.'),
      ),
    ).toBe('AADSTS500121');
    expect(
      aadstsCode(new AuthError('timed_out', 'correlation-id', 'Token acquisition timed out.')),
    ).toBeNull();
    expect(aadstsCode(new Error('AADSTS1'))).toBeNull();
  });

  it('names an unknown code and its AADSTS number', () => {
    expect(
      describeAuthError(
        new AuthError('server_error', 'correlation-id', 'AADSTS90002: Tenant not found.'),
        CLIENT_ID,
      ),
    ).toBe('Sign-in failed (server_error, AADSTS90002).');
  });
});
