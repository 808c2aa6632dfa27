import { AuthError, InteractionRequiredAuthError } from '@azure/msal-browser';

import { WRITE_PERMISSION } from './access-mode';

/**
 * MSAL's error messages are links and AADSTS codes; an admin needs a sentence. Branch on errorCode,
 * and on the AADSTS number where the code is generic.
 */
export function describeAuthError(error: unknown, clientId: string): string {
  if (!(error instanceof AuthError)) {
    return error instanceof Error ? error.message : 'Sign-in failed for an unknown reason.';
  }
  const aadsts = aadstsCode(error)?.slice('AADSTS'.length);
  if (error.errorCode === 'consent_required' || aadsts === '65001') {
    return `An administrator must grant the app the ${WRITE_PERMISSION} permission (admin consent for client id ${clientId}).`;
  }
  if (error instanceof InteractionRequiredAuthError && error.errorCode === 'invalid_grant') {
    return 'Your organization requires you to sign in again (for example for multifactor authentication).';
  }
  switch (error.errorCode) {
    case 'timed_out':
    case 'monitor_window_timeout':
    case 'block_iframe_reload':
      return 'Your sign-in could not be renewed in the background. Sign in again to continue.';
    case 'invalid_grant':
    case 'refresh_token_expired':
    case 'no_tokens_found':
      return 'Your sign-in has expired. Sign in again to continue.';
    case 'user_cancelled':
    case 'access_denied':
      return 'Sign-in was cancelled. Sign in again to continue.';
    case 'login_required':
    case 'no_account_error':
      return 'Your session has ended. Sign in again.';
    case 'interaction_in_progress':
      return 'A sign-in is already in progress in this browser tab. Finish it, or reload the page.';
    case 'interaction_required':
      return 'Your organization requires you to sign in again (for example for multifactor authentication).';
    case 'popup_window_error':
    case 'empty_window_error':
      return 'The sign-in window could not open. Allow pop-ups for this site and try again.';
    case 'no_network_connectivity':
    case 'endpoints_resolution_error':
      return 'Could not reach Microsoft Entra ID. Check your network connection.';
    case 'invalid_client':
    case 'unauthorized_client':
      return `The app registration (client id ${clientId}) is not set up for this sign-in: check its SPA redirect URIs.`;
    default:
      return `Sign-in failed (${error.errorCode}${aadsts ? `, AADSTS${aadsts}` : ''}).`;
  }
}

/** The AADSTS code Entra ID answered with (`AADSTS50076`), if any. */
export function aadstsCode(error: unknown): string | null {
  if (!(error instanceof AuthError)) return null;
  return /AADSTS\d+/.exec(`${error.errorMessage} ${error.subError}`)?.[0] ?? null;
}

// Not the session's fault: the app's offline handling covers these, a new sign-in would not help.
const NETWORK_CODES = new Set(['no_network_connectivity', 'endpoints_resolution_error']);

export function isNetworkAuthError(error: unknown): boolean {
  return error instanceof AuthError && NETWORK_CODES.has(error.errorCode);
}
