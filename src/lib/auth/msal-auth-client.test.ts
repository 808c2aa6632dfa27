import {
  AuthError,
  InteractionRequiredAuthError,
  type AccountInfo,
  type PublicClientApplication,
} from '@azure/msal-browser';

import type { AppConfig } from '@/config/app-config';

import { leavingForEntra, onBeforeInteraction } from './interaction-hooks';
import { createMsalAuthClient } from './msal-auth-client';
import { signInPrompt, SignInRequiredError } from './sign-in-prompt';

const ACCOUNT = { username: 'meganb@contoso.com', tenantId: 't' } as AccountInfo;
const CONFIG = {
  clientId: '11111111-2222-3333-4444-555555555555',
  cloud: 'global',
  scopes: ['https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All'],
  idleTimeoutMinutes: 60,
} as AppConfig;

function fakeMsal(overrides: Partial<Record<keyof PublicClientApplication, unknown>>) {
  return {
    getActiveAccount: () => ACCOUNT,
    acquireTokenSilent: vi.fn(),
    acquireTokenRedirect: vi.fn(),
    loginRedirect: vi.fn(),
    ...overrides,
  } as unknown as PublicClientApplication;
}

const interactionRequired = () =>
  new InteractionRequiredAuthError(
    'invalid_grant',
    'c',
    'AADSTS50076: MFA required',
    'basic_action',
  );

afterEach(() => signInPrompt.set(null));

describe('createMsalAuthClient', () => {
  it('releases the interaction when starting it fails, shows why, and lets the next attempt go', async () => {
    const acquireTokenRedirect = vi
      .fn()
      .mockRejectedValueOnce(new AuthError('interaction_in_progress', 'c'))
      .mockResolvedValueOnce(undefined);
    const msal = fakeMsal({
      acquireTokenSilent: vi.fn().mockRejectedValue(interactionRequired()),
      acquireTokenRedirect,
    });
    const client = createMsalAuthClient(msal, CONFIG);

    await expect(client.acquireToken({ tenantId: 't' })).rejects.toBeInstanceOf(
      SignInRequiredError,
    );
    expect(signInPrompt.get()?.message).toContain('already in progress');
    expect(leavingForEntra.get()).toBe(false);

    await client.signIn();
    expect(acquireTokenRedirect).toHaveBeenCalledTimes(2);
  });

  it('keeps the draft hooks running before the app leaves, and stands the leave guard aside meanwhile', async () => {
    const seen: boolean[] = [];
    const stop = onBeforeInteraction(() => seen.push(leavingForEntra.get()));
    const msal = fakeMsal({
      acquireTokenSilent: vi.fn().mockRejectedValue(interactionRequired()),
      acquireTokenRedirect: vi.fn().mockResolvedValue(undefined),
    });
    await expect(
      createMsalAuthClient(msal, CONFIG).acquireToken({ tenantId: 't' }),
    ).rejects.toThrow();
    stop();
    expect(seen).toEqual([true]);
  });

  it.each(['timed_out', 'monitor_window_timeout'])(
    'asks to sign in again after a silent %s instead of failing the page',
    async (code) => {
      const acquireTokenRedirect = vi.fn();
      const msal = fakeMsal({
        acquireTokenSilent: vi.fn().mockRejectedValue(new AuthError(code, 'c')),
        acquireTokenRedirect,
      });
      await expect(
        createMsalAuthClient(msal, CONFIG).acquireToken({ tenantId: 't' }),
      ).rejects.toBeInstanceOf(SignInRequiredError);
      expect(signInPrompt.get()?.message).toContain('could not be renewed');
      expect(acquireTokenRedirect).not.toHaveBeenCalled();
    },
  );

  it('after a failed interactive attempt, waits for a click instead of leaving again', async () => {
    const acquireTokenRedirect = vi.fn().mockResolvedValue(undefined);
    const msal = fakeMsal({
      acquireTokenSilent: vi.fn().mockRejectedValue(interactionRequired()),
      acquireTokenRedirect,
    });
    const client = createMsalAuthClient(msal, CONFIG, { interactiveAttemptFailed: true });
    await expect(client.acquireToken({ tenantId: 't' })).rejects.toBeInstanceOf(
      SignInRequiredError,
    );
    expect(acquireTokenRedirect).not.toHaveBeenCalled();
    await client.signIn();
    expect(acquireTokenRedirect).toHaveBeenCalledTimes(1);
  });

  it('passes network failures through for the offline handling', async () => {
    const offline = new AuthError('no_network_connectivity', 'c');
    const msal = fakeMsal({ acquireTokenSilent: vi.fn().mockRejectedValue(offline) });
    await expect(createMsalAuthClient(msal, CONFIG).acquireToken({ tenantId: 't' })).rejects.toBe(
      offline,
    );
    expect(signInPrompt.get()).toBeNull();
  });

  it('signs in first when no account is signed in, whatever tenant the request names', async () => {
    const loginRedirect = vi.fn().mockResolvedValue(undefined);
    const acquireTokenSilent = vi.fn();
    const msal = fakeMsal({ getActiveAccount: () => null, loginRedirect, acquireTokenSilent });
    await expect(
      createMsalAuthClient(msal, CONFIG).acquireToken({ tenantId: 'another-tenant' }),
    ).rejects.toThrow();
    expect(loginRedirect).toHaveBeenCalledTimes(1);
    expect(acquireTokenSilent).not.toHaveBeenCalled();
  });
});
