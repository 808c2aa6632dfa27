import type { BrowserContext, Request, Route } from '@playwright/test';

import { clientInfo, fakeJwt } from './jwt';

export const TENANT_ID = '72f988bf-0000-4000-8000-00000000c0de';
export const CLIENT_ID = '5f0c8d3e-1b2a-4c6d-9e8f-0a1b2c3d4e5f';
const USER_ID = '9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d';

/** The login_hint claim MSAL asks for in the id token and sends back as the logout hint. */
export const LOGIN_HINT = 'fake-login-hint-meganb';

export type AuthorizeOutcome =
  { kind: 'code' } | { kind: 'error'; error: string; description: string; suberror?: string };

export type TokenRequestRecord = {
  grantType: string;
  scope: string;
  claims: string | null;
  body: URLSearchParams;
};

const cors = (request: Request) => ({
  'Access-Control-Allow-Origin': request.headers()['origin'] ?? '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': '*',
  'Cache-Control': 'no-store',
});

/**
 * A fake Microsoft Entra ID on one login host: openid-configuration, instance discovery, authorize
 * (302 back with code, state and client_info), token (authorization_code and refresh_token), logout.
 */
export class FakeEntraId {
  readonly authorizeRequests: URL[] = [];
  /** For each authorize request: whether it loaded in a (hidden) iframe rather than the page itself. */
  readonly authorizeInFrame: boolean[] = [];
  /** Each logout request's URL: its logout_hint and post_logout_redirect_uri. */
  readonly logoutRequests: URL[] = [];
  readonly tokenRequests: TokenRequestRecord[] = [];
  readonly issuedAccessTokens: string[] = [];
  /** Silent (prompt=none) authorize requests never answer, so MSAL's hidden frame times out. */
  silentAuthorizeHangs = false;
  /** What the next authorize request answers. */
  authorizeOutcome: AuthorizeOutcome = { kind: 'code' };
  /** The scope the token endpoint says it granted; defaults to what was asked. */
  grantedScope: string | null = null;
  accessTokenLifetimeSeconds = 3600;
  private refreshTokensValidFrom = 0;
  private refreshTokensExpireBefore = 0;

  private readonly nonces = new Map<string, string>();
  private tokenCounter = 0;

  constructor(readonly loginHost = 'login.microsoftonline.com') {}

  /**
   * Conditional Access now demands MFA: refresh tokens issued so far fail with invalid_grant, so MSAL
   * must interact; the tokens an interactive sign-in issues afterwards work again.
   */
  requireMfaForExistingSessions() {
    this.refreshTokensValidFrom = this.tokenCounter + 1;
  }

  /**
   * Refresh tokens issued so far have outlived their fixed SPA lifetime (24 hours): the token endpoint
   * refuses them with invalid_grant and no sub-error, which MSAL resolves in a hidden iframe.
   */
  expireRefreshTokens() {
    this.refreshTokensExpireBefore = this.tokenCounter + 1;
  }

  get origin() {
    return `https://${this.loginHost}`;
  }

  async install(context: BrowserContext) {
    await context.route(`${this.origin}/**`, (route) => this.handle(route));
  }

  private async handle(route: Route) {
    const request = route.request();
    const url = new URL(request.url());
    if (request.method() === 'OPTIONS')
      return route.fulfill({ status: 204, headers: cors(request) });
    if (url.pathname.endsWith('/discovery/instance')) return this.instanceDiscovery(route, request);
    if (url.pathname.endsWith('/v2.0/.well-known/openid-configuration'))
      return this.openidConfiguration(route, url);
    if (url.pathname.endsWith('/oauth2/v2.0/authorize')) {
      this.authorizeInFrame.push(request.frame().parentFrame() !== null);
      return this.authorize(route, url);
    }
    if (url.pathname.endsWith('/oauth2/v2.0/token')) return this.token(route, request);
    if (url.pathname.endsWith('/oauth2/v2.0/logout')) {
      this.logoutRequests.push(url);
      const back = url.searchParams.get('post_logout_redirect_uri') ?? 'about:blank';
      return route.fulfill({ status: 302, headers: { Location: back } });
    }
    return route.fulfill({
      status: 404,
      headers: cors(request),
      body: `Fake Entra ID: no ${url.pathname}`,
    });
  }

  private instanceDiscovery(route: Route, request: Request) {
    return route.fulfill({
      status: 200,
      headers: { ...cors(request), 'Content-Type': 'application/json' },
      body: JSON.stringify({
        tenant_discovery_endpoint: `${this.origin}/${TENANT_ID}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [
          {
            preferred_network: this.loginHost,
            preferred_cache: this.loginHost,
            aliases: [this.loginHost],
          },
        ],
      }),
    });
  }

  private openidConfiguration(route: Route, url: URL) {
    const tenant = url.pathname.split('/')[1] ?? 'organizations';
    const base = `${this.origin}/${tenant}`;
    return route.fulfill({
      status: 200,
      headers: { ...cors(route.request()), 'Content-Type': 'application/json' },
      body: JSON.stringify({
        token_endpoint: `${base}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        issuer: `${this.origin}/{tenantid}/v2.0`,
        jwks_uri: `${base}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        tenant_region_scope: 'NA',
        cloud_instance_name: this.loginHost.replace(/^login\./, ''),
      }),
    });
  }

  private authorize(route: Route, url: URL) {
    this.authorizeRequests.push(url);
    if (this.silentAuthorizeHangs && url.searchParams.get('prompt') === 'none') {
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Waiting</title>',
      });
    }
    const redirectUri = url.searchParams.get('redirect_uri') ?? '';
    const state = url.searchParams.get('state') ?? '';
    const params = new URLSearchParams({ state });
    const outcome = this.authorizeOutcome;
    this.authorizeOutcome = { kind: 'code' };
    if (outcome.kind === 'error') {
      params.set('error', outcome.error);
      params.set('error_description', outcome.description);
      if (outcome.suberror) params.set('suberror', outcome.suberror);
    } else {
      const code = `fake-code-${this.authorizeRequests.length}`;
      this.nonces.set(code, url.searchParams.get('nonce') ?? '');
      params.set('code', code);
      params.set('client_info', clientInfo(USER_ID, TENANT_ID));
    }
    const separator = url.searchParams.get('response_mode') === 'query' ? '?' : '#';
    return route.fulfill({
      status: 302,
      headers: { Location: `${redirectUri}${separator}${params}` },
    });
  }

  private token(route: Route, request: Request) {
    const body = new URLSearchParams(request.postData() ?? '');
    const grantType = body.get('grant_type') ?? '';
    const scope = body.get('scope') ?? '';
    this.tokenRequests.push({ grantType, scope, claims: body.get('claims'), body });
    const headers = { ...cors(request), 'Content-Type': 'application/json' };

    const refreshTokenNumber = Number(/(\d+)$/.exec(body.get('refresh_token') ?? '')?.[1] ?? 0);
    if (grantType === 'refresh_token' && refreshTokenNumber < this.refreshTokensExpireBefore) {
      return route.fulfill({
        status: 400,
        headers,
        body: JSON.stringify({
          error: 'invalid_grant',
          error_description:
            'AADSTS700084: The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended.',
          error_codes: [700084],
        }),
      });
    }
    if (grantType === 'refresh_token' && refreshTokenNumber < this.refreshTokensValidFrom) {
      return route.fulfill({
        status: 400,
        headers,
        body: JSON.stringify({
          error: 'invalid_grant',
          error_description:
            'AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.',
          error_codes: [50076],
          suberror: 'basic_action',
        }),
      });
    }

    const now = Math.floor(Date.now() / 1000);
    const nonce =
      grantType === 'authorization_code' ? this.nonces.get(body.get('code') ?? '') : undefined;
    this.tokenCounter += 1;
    const accessToken = `fake-access-token-${this.tokenCounter}`;
    this.issuedAccessTokens.push(accessToken);
    const resourceScopes = scope
      .split(' ')
      .filter((item) => !['openid', 'profile', 'offline_access'].includes(item))
      .join(' ');
    const idToken = fakeJwt({
      aud: CLIENT_ID,
      iss: `${this.origin}/${TENANT_ID}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      name: 'Megan Bowen',
      preferred_username: 'meganb@contoso.onmicrosoft.com',
      oid: USER_ID,
      sub: 'fake-subject',
      tid: TENANT_ID,
      login_hint: LOGIN_HINT,
      ver: '2.0',
      ...(nonce ? { nonce } : {}),
    });
    return route.fulfill({
      status: 200,
      headers,
      body: JSON.stringify({
        token_type: 'Bearer',
        scope: this.grantedScope ?? resourceScopes,
        expires_in: this.accessTokenLifetimeSeconds,
        ext_expires_in: this.accessTokenLifetimeSeconds,
        access_token: accessToken,
        refresh_token: `fake-refresh-token-${this.tokenCounter}`,
        id_token: idToken,
        client_info: clientInfo(USER_ID, TENANT_ID),
      }),
    });
  }
}
