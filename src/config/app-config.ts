import { z } from 'zod';

import { CLOUD_NAMES, authorityUrl, graphBaseUrl, graphScope, type CloudName } from './clouds';

export const DEFAULT_SCOPES = ['DeviceManagementConfiguration.ReadWrite.All'];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const configFileSchema = z.strictObject({
  clientId: z
    .string()
    .regex(
      GUID,
      'the Application (client) ID of your app registration: a GUID such as 11111111-2222-3333-4444-555555555555',
    )
    .optional(),
  tenantId: z
    .string()
    .refine(
      (value) => value === 'organizations' || GUID.test(value) || DOMAIN.test(value),
      'a Directory (tenant) ID GUID, a domain such as contoso.onmicrosoft.com, or "organizations"',
    )
    .optional(),
  cloud: z
    .enum(CLOUD_NAMES as [CloudName, ...CloudName[]], {
      error: `one of ${CLOUD_NAMES.map((name) => `"${name}"`).join(', ')}`,
    })
    .optional(),
  scopes: z
    .array(z.string().min(1, 'a non-empty permission name'), {
      error: 'an array of permission names',
    })
    .min(1, 'at least one permission, such as "DeviceManagementConfiguration.ReadWrite.All"')
    .optional(),
  redirectUri: z
    .url({ error: 'an absolute URL such as https://admin.contoso.com/redirect.html' })
    .optional(),
});

export type ConfigFile = z.infer<typeof configFileSchema>;

export type AppConfig = {
  clientId: string;
  tenantId: string;
  cloud: CloudName;
  authority: string;
  loginHost: string;
  graphBaseUrl: string;
  scopes: string[];
  redirectUri: string;
};

export type ConfigProblem = { key: string; expected: string };

export type ConfigResult =
  | { kind: 'ok'; config: AppConfig }
  | { kind: 'missing' }
  | { kind: 'invalid'; problems: ConfigProblem[] };

/** Validates `/config.json` (already merged over the build-time fallback) into the app's settings. */
export function parseAppConfig(raw: unknown, origin: string): ConfigResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      kind: 'invalid',
      problems: [{ key: '(file)', expected: 'a JSON object such as { "clientId": "…" }' }],
    };
  }
  const parsed = configFileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      kind: 'invalid',
      problems: parsed.error.issues.flatMap((issue): ConfigProblem[] =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({
              key,
              expected: 'no such key: remove it (see config.example.json)',
            }))
          : [{ key: issue.path.join('.') || '(file)', expected: issue.message }],
      ),
    };
  }
  const file = parsed.data;
  if (!file.clientId) return { kind: 'missing' };
  const cloud = file.cloud ?? 'global';
  const tenantId = file.tenantId ?? 'organizations';
  const authority = authorityUrl(cloud, tenantId);
  return {
    kind: 'ok',
    config: {
      clientId: file.clientId,
      tenantId,
      cloud,
      authority,
      loginHost: new URL(authority).host,
      graphBaseUrl: graphBaseUrl(cloud),
      scopes: (file.scopes ?? DEFAULT_SCOPES).map((scope) => graphScope(cloud, scope)),
      redirectUri: file.redirectUri ?? `${origin}/redirect.html`,
    },
  };
}

/** Build-time fallback from VITE_* variables, used for keys config.json leaves out. */
export function buildTimeConfig(env: Record<string, unknown>): Record<string, unknown> {
  const entries: [string, unknown][] = [
    ['clientId', env.VITE_CLIENT_ID],
    ['tenantId', env.VITE_TENANT_ID],
    ['cloud', env.VITE_CLOUD],
    [
      'scopes',
      typeof env.VITE_SCOPES === 'string'
        ? env.VITE_SCOPES.split(/[\s,]+/).filter(Boolean)
        : undefined,
    ],
    ['redirectUri', env.VITE_REDIRECT_URI],
  ];
  return Object.fromEntries(
    entries.filter(([, value]) => (typeof value === 'string' ? value !== '' : value !== undefined)),
  );
}
