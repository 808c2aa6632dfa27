// Login and Graph hosts per national cloud.
// https://learn.microsoft.com/graph/deployments#microsoft-graph-and-graph-explorer-service-root-endpoints
export const CLOUDS = {
  global: {
    label: 'Global',
    loginHost: 'login.microsoftonline.com',
    graphHost: 'graph.microsoft.com',
  },
  usgov: {
    label: 'US Government L4',
    loginHost: 'login.microsoftonline.us',
    graphHost: 'graph.microsoft.us',
  },
  usgovdod: {
    label: 'US Government L5 (DoD)',
    loginHost: 'login.microsoftonline.us',
    graphHost: 'dod-graph.microsoft.us',
  },
  china: {
    label: 'China (21Vianet)',
    loginHost: 'login.partner.microsoftonline.cn',
    graphHost: 'microsoftgraph.chinacloudapi.cn',
  },
} as const;

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
