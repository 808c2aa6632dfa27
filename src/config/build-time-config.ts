const numberOf = (value: unknown) => (value ? Number(value) : undefined);

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
    ['idleTimeoutMinutes', numberOf(env.VITE_IDLE_TIMEOUT_MINUTES)],
    ['requestTimeoutSeconds', numberOf(env.VITE_REQUEST_TIMEOUT_SECONDS)],
  ];
  return Object.fromEntries(
    entries.filter(([, value]) => (typeof value === 'string' ? value !== '' : value !== undefined)),
  );
}
