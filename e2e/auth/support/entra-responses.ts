import { clientInfo, fakeJwt } from './jwt';

// What the fake Entra ID's token endpoint answers: the tokens it issues, and the errors it refuses with.

export const TENANT_ID = '72f988bf-0000-4000-8000-00000000c0de';
export const CLIENT_ID = '5f0c8d3e-1b2a-4c6d-9e8f-0a1b2c3d4e5f';
const USER_ID = '9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d';

/** The login_hint claim MSAL asks for in the id token and sends back as the logout hint. */
export const LOGIN_HINT = 'fake-login-hint-meganb';

/** The SPA refresh token outlived its fixed lifetime: MSAL resolves this in a hidden iframe. */
export const refreshTokenExpired = {
  error: 'invalid_grant',
  error_description:
    'AADSTS700084: The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended.',
  error_codes: [700084],
};

/** Conditional Access now demands MFA: only an interactive sign-in resolves it. */
export const mfaRequired = {
  error: 'invalid_grant',
  error_description:
    'AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.',
  error_codes: [50076],
  suberror: 'basic_action',
};

/** No admin consent for the app in the tenant whose authority was asked (a silent request's answer). */
export const consentRequired = {
  error: 'invalid_grant',
  error_description: `AADSTS65001: The user or administrator has not consented to use the application with ID '${CLIENT_ID}' named 'NDES Connector Admin'. Send an interactive authorization request for this user and resource.`,
  error_codes: [65001],
  suberror: 'consent_required',
};

type TokenGrant = {
  origin: string;
  /** The tenant the tokens are for: their `tid`, and their issuer's tenant. */
  tid: string;
  serial: number;
  scope: string;
  grantedScope: string | null;
  nonce: string | null | undefined;
  lifetimeSeconds: number;
};

/** The token endpoint's answer: an access token (a JWT with tid) and an id token for `tid`. */
export function tokenResponse({
  origin,
  tid,
  serial,
  scope,
  grantedScope,
  nonce,
  lifetimeSeconds,
}: TokenGrant) {
  const now = Math.floor(Date.now() / 1000);
  const resourceScopes = scope
    .split(' ')
    .filter((item) => !['openid', 'profile', 'offline_access'].includes(item))
    .join(' ');
  const accessToken = fakeJwt({
    aud: 'https://graph.microsoft.com',
    iss: `https://sts.windows.net/${tid}/`,
    tid,
    oid: USER_ID,
    scp: resourceScopes.replace(/https:\/\/[^/]+\//g, ''),
    jti: `fake-access-token-${serial}`,
  });
  const idToken = fakeJwt({
    aud: CLIENT_ID,
    iss: `${origin}/${tid}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: 'Megan Bowen',
    preferred_username: 'meganb@contoso.onmicrosoft.com',
    oid: USER_ID,
    sub: 'fake-subject',
    tid,
    login_hint: LOGIN_HINT,
    ver: '2.0',
    ...(nonce ? { nonce } : {}),
  });
  return {
    token_type: 'Bearer',
    scope: grantedScope ?? resourceScopes,
    expires_in: lifetimeSeconds,
    ext_expires_in: lifetimeSeconds,
    access_token: accessToken,
    refresh_token: `fake-refresh-token-${serial}`,
    id_token: idToken,
    // The account's home: the same in every tenant's answer, as for a guest or GDAP admin.
    client_info: clientInfo(USER_ID, TENANT_ID),
  };
}

/** The signed-in user's client_info, as the authorize endpoint returns it with the code. */
export const homeClientInfo = () => clientInfo(USER_ID, TENANT_ID);
