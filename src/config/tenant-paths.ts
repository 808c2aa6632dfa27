/** Tenant-scoped URLs, for a console with several tenants. */
export const tenantPaths = {
  fleet: { path: '/fleet', href: () => '/fleet' },
  connectors: {
    path: '/t/:tenantId/connectors',
    href: (tenantId: string) => `/t/${encodeURIComponent(tenantId)}/connectors`,
  },
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
