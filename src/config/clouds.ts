import clouds from './clouds.json' with { type: 'json' };

// Login and Graph hosts per national cloud.
// https://learn.microsoft.com/graph/deployments#microsoft-graph-and-graph-explorer-service-root-endpoints
// JSON so that scripts/print-csp.mjs (plain Node) reads the same table.
export const CLOUDS = clouds;

export type CloudName = keyof typeof CLOUDS;
export const CLOUD_NAMES = Object.keys(CLOUDS) as CloudName[];

export function graphBaseUrl(cloud: CloudName): string {
  return `https://${CLOUDS[cloud].graphHost}/beta`;
}

export function authorityUrl(cloud: CloudName, tenantId: string): string {
  return `https://${CLOUDS[cloud].loginHost}/${tenantId}`;
}

/** `DeviceManagementConfiguration.ReadWrite.All` → `https://graph.microsoft.us/DeviceManagementConfiguration.ReadWrite.All`. */
export function graphScope(cloud: CloudName, scope: string): string {
  return /^https?:\/\//.test(scope) ? scope : `https://${CLOUDS[cloud].graphHost}/${scope}`;
}

/** Where a tenant's administrator grants the app its permissions (admin consent), in the tenant's cloud. */
export function adminConsentUrl(
  cloud: CloudName,
  { tenantId, clientId, redirectUri }: { tenantId: string; clientId: string; redirectUri: string },
): string {
  const query = new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri });
  return `https://${CLOUDS[cloud].loginHost}/${encodeURIComponent(tenantId)}/adminconsent?${query}`;
}
