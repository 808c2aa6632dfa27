// The demo tenant's seed (src/mocks/seed.ts), written out here rather than imported so that the specs
// also notice when the seed itself changes under them.
export const GRAPH_BETA = 'https://graph.microsoft.com/beta';
export const CONNECTORS_URL = `${GRAPH_BETA}/deviceManagement/ndesConnectors`;
export const DEMO_TOKEN = 'demo-access-token';

export const CERT01 = {
  id: '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01',
  name: 'CERT01 – NDES primary',
  machine: 'CERT01.corp.contoso.com',
  version: '6.2510.3.2002',
  state: 'Active',
  scopeTags: ['Default', 'Headquarters'],
  scopeTagIds: ['0', '1'],
};

export const LAB = {
  id: '9f4c1a6e-8b2d-4e7f-90a3-5c8e1b4d6f07',
  name: 'Lab connector',
  machine: 'LAB-PKI-01.lab.contoso.com',
};

export const SEEDED_CONNECTOR_COUNT = 10;

/** A v4 GUID, as crypto.randomUUID() makes and as Graph expects in client-request-id. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The demo's sign-in tenant, Contoso (src/lib/auth/demo-auth-client.ts). */
export const DEMO_TENANT_ID = '00000000-0000-4000-8000-00000000c0de';
