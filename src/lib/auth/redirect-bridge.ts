// The MSAL v5 redirect bridge: the page Entra ID redirects back to. It hands the response to the app
// window (or navigates home for a full redirect) and must stay outside MsalProvider and the router.
// https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/login-user.md
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

const isAuthResponse = (params: string) => {
  const fields = new URLSearchParams(params.replace(/^[?#]/, ''));
  return fields.has('state') && (fields.has('code') || fields.has('error'));
};

// Opened directly (a bookmark, a reload after sign-in): there is nothing to hand over, so go to the app.
if (isAuthResponse(window.location.hash) || isAuthResponse(window.location.search)) {
  void broadcastResponseToMainFrame();
} else {
  window.location.replace(import.meta.env.BASE_URL);
}
