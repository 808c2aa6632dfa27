import {
  InteractionRequiredAuthError,
  type AccountInfo,
  type PublicClientApplication,
} from '@azure/msal-browser';

import { ACCOUNT, FABRIKAM, HOME, MSAL_TEST_CONFIG, NORTHWIND } from '@/testing/msal-test-config';

import { createMsalAuthClient } from './msal-auth-client';
import { signInPrompt } from './sign-in-prompt';
import { TenantSignInRequiredError } from './tenant-sign-in';

const CONFIG = MSAL_TEST_CONFIG;

function fakeMsal(acquireTokenSilent: ReturnType<typeof vi.fn>) {
  return {
    getActiveAccount: () => ACCOUNT as AccountInfo,
    getAccount: () => null,
    acquireTokenSilent,
    acquireTokenRedirect: vi.fn(),
  } as unknown as PublicClientApplication;
}

const answer = (tenantId: string) => ({
  accessToken: `token-${tenantId}`,
  tenantId,
  scopes: CONFIG.scopes,
});

afterEach(() => signInPrompt.set(null));

describe('tokens per tenant', () => {
  it("asks the tenant's own authority, with the account in that tenant", async () => {
    const silent = vi.fn((request: { account: AccountInfo }) =>
      Promise.resolve(answer(request.account.tenantId)),
    );
    const client = createMsalAuthClient(fakeMsal(silent), CONFIG);

    expect(await client.acquireToken({ tenantId: FABRIKAM })).toBe(`token-${FABRIKAM}`);
    expect(await client.acquireToken({ tenantId: HOME })).toBe(`token-${HOME}`);
    expect(silent.mock.calls[0]?.[0]).toMatchObject({
      authority: `https://login.microsoftonline.com/${FABRIKAM}`,
      account: { homeAccountId: ACCOUNT.homeAccountId, tenantId: FABRIKAM },
    });
    expect(silent.mock.calls[1]?.[0]).not.toHaveProperty('authority');
  });

  it('refuses a token that the cache answered from the home tenant instead of the asked one', async () => {
    const silent = vi.fn(() => Promise.resolve(answer(HOME)));
    const client = createMsalAuthClient(fakeMsal(silent), CONFIG);
    await expect(client.acquireToken({ tenantId: FABRIKAM })).rejects.toBeInstanceOf(
      TenantSignInRequiredError,
    );
  });

  it.each([
    ['names no tenant', { accessToken: 'token-?', scopes: CONFIG.scopes }],
    ['names an empty tenant', { ...answer(FABRIKAM), tenantId: '' }],
    ['names a third tenant', answer(NORTHWIND)],
  ])('refuses a token whose result %s, as it refuses the home tenant', async (_, result) => {
    const client = createMsalAuthClient(fakeMsal(vi.fn().mockResolvedValue(result)), CONFIG);
    const error: unknown = await client.acquireToken({ tenantId: FABRIKAM }).catch((e) => e);
    expect(error).toBeInstanceOf(TenantSignInRequiredError);
    expect(error).toMatchObject({ reason: 'interaction', tenant: { name: 'Fabrikam' } });
  });

  it('gives each of two tenants asked at the same moment its own token', async () => {
    const pending = new Map<string, () => void>();
    const silent = vi.fn(
      (request: { account: AccountInfo }) =>
        new Promise((resolve) =>
          pending.set(request.account.tenantId, () => resolve(answer(request.account.tenantId))),
        ),
    );
    const client = createMsalAuthClient(fakeMsal(silent), CONFIG);
    const fabrikam = client.acquireToken({ tenantId: FABRIKAM });
    const northwind = client.acquireToken({ tenantId: NORTHWIND });
    await vi.waitFor(() => expect(pending.size).toBe(2));
    // The later request is answered first, so a token cannot land with the tenant by its order.
    pending.get(NORTHWIND)?.();
    pending.get(FABRIKAM)?.();

    expect(await Promise.all([fabrikam, northwind])).toEqual([
      `token-${FABRIKAM}`,
      `token-${NORTHWIND}`,
    ]);
    expect(silent.mock.calls.map(([request]) => request.account.tenantId)).toEqual([
      FABRIKAM,
      NORTHWIND,
    ]);
  });

  it('names the tenant and its consent link when consent is missing, and leaves the app prompt down', async () => {
    const consent = new InteractionRequiredAuthError(
      'invalid_grant',
      'c',
      'AADSTS65001: The user or administrator has not consented',
      'consent_required',
    );
    const client = createMsalAuthClient(fakeMsal(vi.fn().mockRejectedValue(consent)), CONFIG);
    const error: unknown = await client.acquireToken({ tenantId: FABRIKAM }).catch((e) => e);

    expect(error).toBeInstanceOf(TenantSignInRequiredError);
    const failure = error as TenantSignInRequiredError;
    expect(failure.reason).toBe('consent');
    expect(failure.tenant.name).toBe('Fabrikam');
    expect(failure.code).toBe('AADSTS65001');
    expect(failure.consentUrl).toBe(
      `https://login.microsoftonline.com/${FABRIKAM}/adminconsent?client_id=${CONFIG.clientId}&redirect_uri=https%3A%2F%2Fadmin.msp.com%2Fredirect.html`,
    );
    expect(signInPrompt.get()).toBeNull();
  });

  it('asks for a sign-in to that tenant only when it needs interaction (MFA, Conditional Access)', async () => {
    const mfa = new InteractionRequiredAuthError('interaction_required', 'c', 'AADSTS50076');
    const silent = vi.fn((request: { account: AccountInfo }) =>
      request.account.tenantId === FABRIKAM
        ? Promise.reject(mfa)
        : Promise.resolve(answer(request.account.tenantId)),
    );
    const msal = fakeMsal(silent);
    const client = createMsalAuthClient(msal, CONFIG);

    const error: unknown = await client.acquireToken({ tenantId: FABRIKAM }).catch((e) => e);
    expect((error as TenantSignInRequiredError).reason).toBe('interaction');
    expect((error as TenantSignInRequiredError).consentUrl).toBeNull();
    expect(await client.acquireToken({ tenantId: HOME })).toBe(`token-${HOME}`);
    expect(signInPrompt.get()).toBeNull();
    expect(msal.acquireTokenRedirect).not.toHaveBeenCalled();
  });
});
