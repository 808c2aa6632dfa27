import type { TenantId } from '@/config/tenants';

import type { GraphRequestInfo } from './graph-error';
import type { RetryPolicy } from './retry';
import type { RetryProgress } from './retry-loop';
import type { Interactive } from './sign-in-needed';

export type GraphClientConfig = {
  /** e.g. https://graph.microsoft.com/beta */
  baseUrl: string;
  /** A token for the request's tenant (the sign-in tenant's id too). */
  getAccessToken: (request: {
    claims?: string;
    tenantId: TenantId;
    scope?: 'audit';
    interactive?: Interactive;
  }) => Promise<string>;
  retryPolicy?: RetryPolicy;
  /** How long to wait for an answer to begin before giving up on it; 30 s when not set. */
  timeoutMs?: number;
  /** Told when a request waits to be sent again, and when such a request settles. */
  onRetry?: (progress: RetryProgress) => void;
};

export const DEFAULT_TIMEOUT_MS = 30_000;

let clientConfig: GraphClientConfig | null = null;

export function configureGraphClient(config: GraphClientConfig) {
  clientConfig = config;
}

export function requireConfig(): GraphClientConfig {
  if (!clientConfig) throw new Error('The Graph client is used before configureGraphClient() ran.');
  return clientConfig;
}

/** The configured Graph base URL, e.g. https://graph.microsoft.us/beta for US Government. */
export function getGraphBaseUrl(): string {
  return requireConfig().baseUrl;
}

/** Resolves a path or an @odata.nextLink, refusing any URL that would carry the token off the Graph host. */
export function resolveGraphUrl(pathOrUrl: string, baseUrl: string): string {
  if (pathOrUrl.startsWith('/')) return `${baseUrl}${pathOrUrl}`;
  const url = new URL(pathOrUrl);
  if (url.origin !== new URL(baseUrl).origin) {
    throw new Error(`Refusing to send a Graph request to ${url.origin}.`);
  }
  return url.toString();
}

/** The method and the path below the version segment, e.g. `/deviceManagement/things/42`. */
export function requestInfo({
  method,
  url,
  baseUrl,
  purpose,
}: { method: string; url: string; baseUrl: string } & Pick<
  GraphRequestInfo,
  'purpose'
>): GraphRequestInfo {
  const base = new URL(baseUrl).pathname.replace(/\/$/, '');
  const { pathname } = new URL(url);
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return purpose ? { method, path, purpose } : { method, path };
}
