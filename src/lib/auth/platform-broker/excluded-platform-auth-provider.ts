// Stands in for MSAL's `broker/nativeBroker/PlatformAuthProvider.mjs` (vite.config.ts, withoutPlatformBroker):
// the app never enables the platform broker, so MSAL only ever asks whether it is allowed: it is not.

const EXCLUDED =
  "This build leaves out MSAL's platform broker (allowPlatformBroker): see withoutPlatformBroker in vite.config.ts.";

type BrokerConfig = { system: { allowPlatformBroker?: boolean } };

/** MSAL asks before every token request; with `allowPlatformBroker` off (the app's setting) it is never allowed. */
export function isPlatformAuthAllowed(config: BrokerConfig): boolean {
  if (config.system.allowPlatformBroker) throw new Error(EXCLUDED);
  return false;
}

/** Called by MSAL's initialize() only when `allowPlatformBroker` is on. */
export function getPlatformAuthProvider(): Promise<never> {
  return Promise.reject(new Error(EXCLUDED));
}

/** MSAL's public probe for a broker: none is ever used here. */
export function isPlatformBrokerAvailable(): Promise<boolean> {
  return Promise.resolve(false);
}

export { EXCLUDED as PLATFORM_BROKER_EXCLUDED };
