import type { BrowserContext, Request, Route } from '@playwright/test';

import { instanceDiscovery, openidConfiguration } from './entra-metadata';
import {
  consentRequired,
  homeClientInfo,
  mfaRequired,
  refreshTokenExpired,
  TENANT_ID,
  tokenResponse,
} from './entra-responses';

export { CLIENT_ID, LOGIN_HINT, TENANT_ID } from './entra-responses';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AuthorizeOutcome =
  { kind: 'code' } | { kind: 'error'; error: string; description: string; suberror?: string };

export type TokenRequestRecord = {
  /** The authority's tenant segment of the token endpoint: a GUID, a domain or "organizations". */
  authorityTenant: string;
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
  /** Each issued access token and the tenant of the authority whose token endpoint issued it. */
  readonly issuedBy = new Map<string, string>();
  private readonly consentMissingIn = new Set<string>();
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

  /** The app has no admin consent in `tenantId`: its authority's token endpoint answers AADSTS65001. */
  requireAdminConsentIn(tenantId: string) {
    this.consentMissingIn.add(tenantId.toLowerCase());
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
    if (url.pathname.endsWith('/discovery/instance'))
      return this.json(route, instanceDiscovery(this.loginHost));
    if (url.pathname.endsWith('/v2.0/.well-known/openid-configuration'))
      return this.json(
        route,
        openidConfiguration(this.loginHost, url.pathname.split('/')[1] ?? ''),
      );
    if (url.pathname.endsWith('/oauth2/v2.0/authorize')) {
      this.authorizeInFrame.push(request.frame().parentFrame() !== null);
      return this.authorize(route, url);
    }
    if (url.pathname.endsWith('/oauth2/v2.0/token')) return this.token(route, request, url);
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

  private json(route: Route, body: unknown) {
    return route.fulfill({
      status: 200,
      headers: { ...cors(route.request()), 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
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
      params.set('client_info', homeClientInfo());
    }
    const separator = url.searchParams.get('response_mode') === 'query' ? '?' : '#';
    return route.fulfill({
      status: 302,
      headers: { Location: `${redirectUri}${separator}${params}` },
    });
  }

  private token(route: Route, request: Request, url: URL) {
    const body = new URLSearchParams(request.postData() ?? '');
    const grantType = body.get('grant_type') ?? '';
    const scope = body.get('scope') ?? '';
    const authorityTenant = url.pathname.split('/')[1] ?? '';
    const claims = body.get('claims');
    this.tokenRequests.push({ authorityTenant, grantType, scope, claims, body });
    const headers = { ...cors(request), 'Content-Type': 'application/json' };
    const refuse = (error: object) =>
      route.fulfill({ status: 400, headers, body: JSON.stringify(error) });

    const refreshTokenNumber = Number(/(\d+)$/.exec(body.get('refresh_token') ?? '')?.[1] ?? 0);
    if (grantType === 'refresh_token' && refreshTokenNumber < this.refreshTokensExpireBefore)
      return refuse(refreshTokenExpired);
    if (grantType === 'refresh_token' && refreshTokenNumber < this.refreshTokensValidFrom)
      return refuse(mfaRequired);
    if (this.consentMissingIn.has(authorityTenant.toLowerCase())) return refuse(consentRequired);

    // A token from a tenant's own authority is that tenant's (tid, iss); "organizations" is the home's.
    const tid = GUID.test(authorityTenant) ? authorityTenant : TENANT_ID;
    this.tokenCounter += 1;
    const answer = tokenResponse({
      origin: this.origin,
      tid,
      serial: this.tokenCounter,
      scope,
      grantedScope: this.grantedScope,
      nonce: grantType === 'authorization_code' ? this.nonces.get(body.get('code') ?? '') : null,
      lifetimeSeconds: this.accessTokenLifetimeSeconds,
    });
    this.issuedAccessTokens.push(answer.access_token);
    this.issuedBy.set(answer.access_token, authorityTenant);
    return route.fulfill({ status: 200, headers, body: JSON.stringify(answer) });
  }
}
