/** Tenant-scoped URLs, for a console with several tenants. */
export const tenantPaths = {
  fleet: { path: '/fleet', href: () => '/fleet' },
  connector: {
    path: '/t/:tenantId/connectors/:id',
    href: (tenantId: string, id: string) =>
      `/t/${encodeURIComponent(tenantId)}/connectors/${encodeURIComponent(id)}`,
  },
  connectorEdit: {
    path: '/t/:tenantId/connectors/:id/edit',
    href: (tenantId: string, id: string) =>
      `/t/${encodeURIComponent(tenantId)}/connectors/${encodeURIComponent(id)}/edit`,
  },
} as const;
