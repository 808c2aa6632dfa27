/**
 * The claims challenge in a 401's WWW-Authenticate header, decoded, or null.
 * https://learn.microsoft.com/entra/identity-platform/claims-challenge
 */
export function readClaimsChallenge(response: Response): string | null {
  const header = response.headers.get('www-authenticate') ?? '';
  const encoded = /claims="([^"]+)"/.exec(header)?.[1];
  if (!encoded) return null;
  try {
    return atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

/**
 * Wraps one request's sends: a 401 carrying a claims challenge is answered once, by sending again with
 * a token for those claims (Graph rejected the first send unprocessed). Later attempts keep the claims.
 */
export function answeringClaimsChallenge<Sent extends { response: Response }>(
  send: (claims: string | null) => Promise<Sent>,
) {
  let claims: string | null = null;
  return async (): Promise<Sent> => {
    const sent = await send(claims);
    const { response } = sent;
    const challenge =
      response.status === 401 && claims === null ? readClaimsChallenge(response) : null;
    if (!challenge) return sent;
    claims = challenge;
    return send(claims);
  };
}
