export const GRAPH_BASE_URL = 'https://graph.microsoft.com/beta';

// Least privilege that can both read and PATCH ndesConnectors (delegated).
// https://learn.microsoft.com/graph/api/intune-raimportcerts-ndesconnector-update?view=graph-rest-beta
export const GRAPH_SCOPES = ['https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All'];
