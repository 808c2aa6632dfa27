import { PublicClientApplication } from '@azure/msal-browser';

import type { AppConfig } from '@/config/app-config';

let instance: PublicClientApplication | null = null;

/** The app's one PublicClientApplication, created from the runtime config on first use. */
export function getMsalInstance(config: AppConfig): PublicClientApplication {
  instance ??= new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      // Trusting the configured host skips instance discovery on the global cloud, so a national
      // cloud's sign-in never touches login.microsoftonline.com.
      knownAuthorities: [config.loginHost],
      redirectUri: config.redirectUri,
      postLogoutRedirectUri: new URL('/', config.redirectUri).toString(),
      // Lets Graph send claims challenges (Continuous Access Evaluation) instead of waiting for expiry.
      clientCapabilities: ['CP1'],
    },
    // sessionStorage: tokens die with the tab and are never shared with other tabs or later sessions.
    cache: { cacheLocation: 'sessionStorage' },
    system: {
      loggerOptions: { piiLoggingEnabled: false, loggerCallback: () => undefined },
      // The build leaves the platform broker's code out (vite.config.ts, withoutPlatformBroker).
      allowPlatformBroker: false,
    },
  });
  return instance;
}
