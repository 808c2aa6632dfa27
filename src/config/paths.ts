export const paths = {
  home: { path: '/', href: () => '/' },
  connectors: { path: '/connectors', href: () => '/connectors' },
  connector: {
    path: '/connectors/:id',
    href: (id: string) => `/connectors/${encodeURIComponent(id)}`,
  },
  changes: { path: '/changes', href: () => '/changes' },
  connectorEdit: {
    path: '/connectors/:id/edit',
    href: (id: string) => `/connectors/${encodeURIComponent(id)}/edit`,
  },
} as const;
