import { TENANT_ID } from './entra-responses';

// The fake Entra ID's discovery documents: instance discovery, and each authority's openid-configuration.

export function instanceDiscovery(loginHost: string) {
  return {
    tenant_discovery_endpoint: `https://${loginHost}/${TENANT_ID}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: loginHost, preferred_cache: loginHost, aliases: [loginHost] }],
  };
}

/** The endpoints of one authority: `tenant` is its path segment (a GUID, a domain, "organizations"). */
export function openidConfiguration(loginHost: string, tenant: string) {
  const origin = `https://${loginHost}`;
  const base = `${origin}/${tenant}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    issuer: `${origin}/{tenantid}/v2.0`,
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    tenant_region_scope: 'NA',
    cloud_instance_name: loginHost.replace(/^login\./, ''),
  };
}
