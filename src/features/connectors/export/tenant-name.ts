/** `admin@contoso.onmicrosoft.com` → `contoso`, for export file names. */
export function tenantNameOf(username: string | undefined, tenantId = ''): string {
  const domain = username?.split('@')[1];
  return domain?.split('.')[0] || tenantId.slice(0, 8) || 'tenant';
}
