import { PLATFORM_BROKER_EXCLUDED } from './excluded-platform-auth-provider';

/**
 * Stands in for MSAL's `interaction_client/PlatformAuthInteractionClient.mjs` (vite.config.ts,
 * withoutPlatformBroker). MSAL constructs one only once a platform broker was found, which the excluded
 * provider never reports; if it ever did, the request fails here, in words, instead of half-working.
 */
export function PlatformAuthInteractionClient(): never {
  throw new Error(PLATFORM_BROKER_EXCLUDED);
}
