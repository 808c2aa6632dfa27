const base64Url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** An unsigned-looking JWT: MSAL.js decodes id tokens in the browser but does not verify signatures. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const header = base64Url(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid: 'fake-entra' }));
  return `${header}.${base64Url(JSON.stringify(claims))}.${base64Url('fake-signature')}`;
}

export function clientInfo(uid: string, utid: string): string {
  return base64Url(JSON.stringify({ uid, utid }));
}

/** The claims of a JWT (a bearer token as the fake Entra ID issues it), or null for anything else. */
export function jwtClaims(token: string): Record<string, unknown> | null {
  const payload = token.replace(/^Bearer /, '').split('.')[1];
  if (!payload) return null;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
  } catch {
    return null;
  }
}
