// The MSAL v5 redirect bridge: the page Entra ID redirects back to. It hands the response to the app
// window (or navigates home for a full redirect) and must stay outside MsalProvider and the router.
// https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/login-user.md
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

void broadcastResponseToMainFrame();
