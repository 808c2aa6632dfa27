import {
  AuthError,
  InteractionRequiredAuthError,
  type AccountInfo,
  type PublicClientApplication,
} from '@azure/msal-browser';

import type { AppConfig } from '@/config/app-config';
import { SignInNeededError } from '@/lib/graph/sign-in-needed';

import { holdRedirects } from './interaction-hooks';
import { createMsalAuthClient } from './msal-auth-client';
import { PopupSignInError } from './popup-sign-in';
import { signInPrompt, SignInRequiredError } from './sign-in-prompt';

const ACCOUNT = {
  username: 'meganb@contoso.com',
  tenantId: 't',
  homeAccountId: 'h',
} as AccountInfo;
const CONFIG = {
  clientId: '11111111-2222-3333-4444-555555555555',
  cloud: 'global',
  scopes: ['https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All'],
  idleTimeoutMinutes: 30,
  tenants: [],
} as unknown as AppConfig;

const mfaRequired = () =>
  new InteractionRequiredAuthError('interaction_required', 'c', 'AADSTS50076', 'basic_action');

function fakeMsal(overrides: Partial<Record<keyof PublicClientApplication, unknown>> = {}) {
  return {
    getActiveAccount: () => ACCOUNT,
    setActiveAccount: vi.fn(),
    acquireTokenSilent: vi.fn().mockRejectedValue(mfaRequired()),
    acquireTokenRedirect: vi.fn().mockResolvedValue(undefined),
    acquireTokenPopup: vi.fn().mockResolvedValue({ account: ACCOUNT }),
    loginRedirect: vi.fn(),
    ...overrides,
  } as unknown as PublicClientApplication;
}

afterEach(() => signInPrompt.set(null));

describe('a token for a run (interactive: never)', () => {
  it('throws SignInNeededError instead of redirecting when the token needs the user', async () => {
    const msal = fakeMsal();
    const client = createMsalAuthClient(msal, CONFIG);
    await expect(
      client.acquireToken({ tenantId: 't', interactive: 'never' }),
    ).rejects.toBeInstanceOf(SignInNeededError);
    expect(msal.acquireTokenRedirect).not.toHaveBeenCalled();
    expect(signInPrompt.get()).toBeNull();
  });

  it('does not share a silent request that may redirect', async () => {
    const msal = fakeMsal();
    const client = createMsalAuthClient(msal, CONFIG);
    const [run, page] = await Promise.allSettled([
      client.acquireToken({ tenantId: 't', interactive: 'never' }),
      client.acquireToken({ tenantId: 't' }),
    ]);
    expect(run).toMatchObject({ status: 'rejected', reason: expect.any(SignInNeededError) });
    expect(page.status).toBe('rejected');
    expect(msal.acquireTokenSilent).toHaveBeenCalledTimes(2);
  });

  it('passes network failures through, as they are not the session’s fault', async () => {
    const offline = new AuthError('no_network_connectivity', 'c');
    const msal = fakeMsal({ acquireTokenSilent: vi.fn().mockRejectedValue(offline) });
    await expect(
      createMsalAuthClient(msal, CONFIG).acquireToken({ tenantId: 't', interactive: 'never' }),
    ).rejects.toBe(offline);
  });

  it('while a run holds redirects, any other request asks through the prompt instead of leaving', async () => {
    const msal = fakeMsal();
    const release = holdRedirects();
    try {
      await expect(
        createMsalAuthClient(msal, CONFIG).acquireToken({ tenantId: 't' }),
      ).rejects.toBeInstanceOf(SignInRequiredError);
      expect(msal.acquireTokenRedirect).not.toHaveBeenCalled();
    } finally {
      release();
    }
  });
});

describe('signInWithPopup', () => {
  it('signs the same account in through a popup, and the page stays', async () => {
    const msal = fakeMsal();
    await createMsalAuthClient(msal, CONFIG).signInWithPopup('t');
    expect(msal.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: CONFIG.scopes,
      account: ACCOUNT,
    });
    expect(msal.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('says why in words when the popup was blocked', async () => {
    const msal = fakeMsal({
      acquireTokenPopup: vi.fn().mockRejectedValue(new AuthError('popup_window_error', 'c')),
    });
    const signIn = createMsalAuthClient(msal, CONFIG).signInWithPopup('t');
    await expect(signIn).rejects.toBeInstanceOf(PopupSignInError);
    await expect(signIn).rejects.toThrow('Allow pop-ups for this site');
  });
});
