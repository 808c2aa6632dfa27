import {
  AuthError,
  InteractionRequiredAuthError,
  type AccountInfo,
  type PublicClientApplication,
} from '@azure/msal-browser';

import { ACCOUNT, FABRIKAM, HOME, MSAL_TEST_CONFIG } from '@/testing/msal-test-config';

import { AuditAccessRequiredError } from './audit-access';
import { createMsalAuthClient } from './msal-auth-client';

const AUDIT = MSAL_TEST_CONFIG.auditScope;
const CONFIG = MSAL_TEST_CONFIG;

function fakeMsal(overrides: Partial<Record<string, ReturnType<typeof vi.fn>>>) {
  return {
    getActiveAccount: () => ACCOUNT as AccountInfo,
    getAccount: () => null,
    acquireTokenSilent: vi.fn().mockResolvedValue({ accessToken: 't', scopes: [AUDIT] }),
    acquireTokenPopup: vi.fn().mockResolvedValue({ accessToken: 't' }),
    acquireTokenRedirect: vi.fn().mockResolvedValue(undefined),
    ...overrides,
  } as unknown as PublicClientApplication;
}

describe('the audit token', () => {
  it("asks for the audit scope alone, from the connector's tenant, and never for other requests", async () => {
    const silent = vi.fn().mockResolvedValue({ accessToken: 'audit', scopes: [AUDIT] });
    const client = createMsalAuthClient(fakeMsal({ acquireTokenSilent: silent }), CONFIG);

    await client.acquireToken({ scope: 'audit', tenantId: FABRIKAM });
    await client.acquireToken({ tenantId: HOME });

    expect(silent.mock.calls[0]?.[0]).toMatchObject({
      scopes: [AUDIT],
      authority: `https://login.microsoftonline.com/${FABRIKAM}`,
      account: { tenantId: FABRIKAM },
    });
    expect(silent.mock.calls[1]?.[0]).toMatchObject({ scopes: CONFIG.scopes });
    expect(silent.mock.calls[1]?.[0].scopes).not.toContain(AUDIT);
  });

  it.each([
    ['consent', new InteractionRequiredAuthError('invalid_grant', 'c', 'AADSTS65001: no consent')],
    ['interaction', new InteractionRequiredAuthError('interaction_required', 'c', 'AADSTS50076')],
  ])(
    'turns a silent failure into the allow step (%s), with the consent link',
    async (reason, error) => {
      const redirect = vi.fn();
      const msal = fakeMsal({
        acquireTokenSilent: vi.fn().mockRejectedValue(error),
        acquireTokenRedirect: redirect,
      });
      const failure = await createMsalAuthClient(msal, CONFIG)
        .acquireToken({ tenantId: HOME, scope: 'audit' })
        .catch((thrown: unknown) => thrown);

      expect(failure).toBeInstanceOf(AuditAccessRequiredError);
      expect(failure).toMatchObject({
        reason,
        permission: 'DeviceManagementApps.Read.All',
        consentUrl: expect.stringContaining(
          `https://login.microsoftonline.com/${HOME}/adminconsent?client_id=${CONFIG.clientId}`,
        ),
      });
      // Never an unasked redirect for History.
      expect(redirect).not.toHaveBeenCalled();
    },
  );

  it('asks in a popup, and by redirect only when the popup is blocked', async () => {
    const popup = vi.fn().mockRejectedValue(new AuthError('popup_window_error', 'blocked'));
    const redirect = vi.fn().mockResolvedValue(undefined);
    const client = createMsalAuthClient(
      fakeMsal({ acquireTokenPopup: popup, acquireTokenRedirect: redirect }),
      CONFIG,
    );
    await client.allowAuditAccess(HOME);
    expect(popup.mock.calls[0]?.[0]).toMatchObject({ scopes: [AUDIT] });
    expect(redirect.mock.calls[0]?.[0]).toMatchObject({ scopes: [AUDIT] });
  });

  it('reports a refused consent in the popup as needing an administrator', async () => {
    const popup = vi
      .fn()
      .mockRejectedValue(
        new AuthError('access_denied', 'correlation-id', 'AADSTS65001: admin consent needed'),
      );
    const client = createMsalAuthClient(fakeMsal({ acquireTokenPopup: popup }), CONFIG);
    await expect(client.allowAuditAccess(FABRIKAM)).rejects.toMatchObject({
      reason: 'consent',
      tenant: { name: 'Fabrikam' },
      code: 'AADSTS65001',
      consentUrl: expect.stringContaining(`/${FABRIKAM}/adminconsent?`),
    });
  });
});
