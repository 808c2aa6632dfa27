import * as z from '@/config/zod';

import {
  redirectUriProblems,
  scopeProblems,
  TENANT_REQUIRED,
  type ConfigProblem,
} from './app-config-checks';
import { connectorReleasesSchema, type ConfigConnectorRelease } from './app-config-releases';
import { CLOUD_NAMES, authorityUrl, graphBaseUrl, graphScope, type CloudName } from './clouds';
import { singleTenant, tenantsSchema, type TenantInfo } from './tenants';

export const DEFAULT_SCOPES = ['DeviceManagementConfiguration.ReadWrite.All'];
/** Asked for only when an admin opens a connector's History, and used only for auditEvents. */
export const DEFAULT_AUDIT_SCOPE = 'DeviceManagementApps.Read.All';
export const DEFAULT_IDLE_TIMEOUT_MINUTES = 30;
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const configFileSchema = z.strictObject({
  clientId: z.optional(
    z
      .string()
      .check(
        z.regex(
          GUID,
          'the Application (client) ID of your app registration: a GUID such as 11111111-2222-3333-4444-555555555555',
        ),
      ),
  ),
  tenantId: z.optional(
    z
      .string()
      .check(
        z.refine(
          (value) => value === 'organizations' || GUID.test(value) || DOMAIN.test(value),
          'a Directory (tenant) ID GUID, a domain such as contoso.onmicrosoft.com, or "organizations"',
        ),
      ),
  ),
  tenants: z.optional(tenantsSchema),
  cloud: z.optional(
    z.enum(CLOUD_NAMES as [CloudName, ...CloudName[]], {
      error: `one of ${CLOUD_NAMES.map((name) => `"${name}"`).join(', ')}`,
    }),
  ),
  scopes: z.optional(
    z
      .array(z.string().check(z.minLength(1, 'a non-empty permission name')), {
        error: 'an array of permission names',
      })
      .check(
        z.minLength(
          1,
          'at least one permission, such as "DeviceManagementConfiguration.ReadWrite.All"',
        ),
      ),
  ),
  auditScope: z.optional(
    z.string({ error: 'a permission name' }).check(z.minLength(1, 'a non-empty permission name')),
  ),
  redirectUri: z.optional(
    z.url({ error: 'an absolute URL such as https://admin.contoso.com/redirect.html' }),
  ),
  // Always on: an admin console left signed in on a shared or unlocked machine is the risk it bounds.
  idleTimeoutMinutes: z.optional(
    z
      .number({ error: 'a number of minutes from 5 to 720, such as 30' })
      .check(
        z.int('a whole number of minutes'),
        z.minimum(5, 'at least 5 minutes'),
        z.maximum(12 * 60, 'at most 720 minutes (12 hours)'),
      ),
  ),
  requestTimeoutSeconds: z.optional(
    z
      .number({ error: 'a number of seconds, such as 30' })
      .check(
        z.int('a whole number of seconds'),
        z.minimum(1, 'at least 1 second'),
        z.maximum(300, 'at most 300 seconds (5 minutes)'),
      ),
  ),
  connectorReleases: z.optional(connectorReleasesSchema),
});

// The keys demo mode reads from `/config.json`: it has no tenant to sign in to.
export const requestTimeoutSchema = z.pick(configFileSchema, { requestTimeoutSeconds: true });
export const releasesFileSchema = z.pick(configFileSchema, { connectorReleases: true });

export type ConfigFile = z.infer<typeof configFileSchema>;

export type AppConfig = {
  clientId: string;
  /** The tenant the admin signs in to (their home tenant). */
  tenantId: string;
  /** The tenants the console works in; one (the sign-in tenant) unless `tenants` lists several. */
  tenants: TenantInfo[];
  cloud: CloudName;
  authority: string;
  loginHost: string;
  graphBaseUrl: string;
  scopes: string[];
  /** The permission History's auditEvents reads need; no other request carries it. */
  auditScope: string;
  redirectUri: string;
  /** Minutes without input before the app signs out (5 to 720). */
  idleTimeoutMinutes: number;
  /** Seconds to wait for Graph to begin answering before a request counts as lost. */
  requestTimeoutSeconds: number;
  /** Connector releases newer than the table the app ships; none unless config.json lists some. */
  connectorReleases: ConfigConnectorRelease[];
};

export type { ConfigProblem };

export type ConfigResult =
  | { kind: 'ok'; config: AppConfig }
  | { kind: 'missing' }
  | { kind: 'invalid'; problems: ConfigProblem[] };

export const NOT_AN_OBJECT: ConfigProblem = {
  key: '(file)',
  expected: 'a JSON object such as { "clientId": "…" }',
};

/** Each key a schema refused, and what it should hold, in the words the config error page shows. */
export function configProblems(error: z.core.$ZodError): ConfigProblem[] {
  return error.issues.flatMap((issue): ConfigProblem[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          key,
          expected: 'no such key: remove it (see config.example.json)',
        }))
      : [{ key: issue.path.join('.') || '(file)', expected: issue.message }],
  );
}

/** Validates `/config.json` (already merged over the build-time fallback) into the app's settings. */
export function parseAppConfig(raw: unknown, origin: string): ConfigResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { kind: 'invalid', problems: [NOT_AN_OBJECT] };
  const parsed = configFileSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'invalid', problems: configProblems(parsed.error) };
  const file = parsed.data;
  if (!file.clientId) return { kind: 'missing' };
  const cloud = file.cloud ?? 'global';
  const redirectUri = file.redirectUri ?? `${origin}/redirect.html`;
  const scopes = file.scopes ?? DEFAULT_SCOPES;
  const auditScope = file.auditScope ?? DEFAULT_AUDIT_SCOPE;
  // With a list of tenants and no tenantId, the admin signs in to the first listed tenant.
  const tenantId = file.tenantId ?? file.tenants?.[0]?.tenantId;
  const problems = [
    ...(tenantId ? [] : [TENANT_REQUIRED]),
    ...redirectUriProblems(redirectUri, origin),
    ...scopeProblems(scopes, cloud),
    ...scopeProblems([auditScope], cloud).map((problem) => ({ ...problem, key: 'auditScope' })),
  ];
  if (problems.length > 0 || !tenantId) return { kind: 'invalid', problems };
  const authority = authorityUrl(cloud, tenantId);
  return {
    kind: 'ok',
    config: {
      clientId: file.clientId,
      tenantId,
      tenants: file.tenants ?? [singleTenant(tenantId)],
      cloud,
      authority,
      loginHost: new URL(authority).host,
      graphBaseUrl: graphBaseUrl(cloud),
      scopes: scopes.map((scope) => graphScope(cloud, scope)),
      auditScope: graphScope(cloud, auditScope),
      redirectUri,
      idleTimeoutMinutes: file.idleTimeoutMinutes ?? DEFAULT_IDLE_TIMEOUT_MINUTES,
      requestTimeoutSeconds: file.requestTimeoutSeconds ?? DEFAULT_REQUEST_TIMEOUT_SECONDS,
      connectorReleases: file.connectorReleases ?? [],
    },
  };
}
