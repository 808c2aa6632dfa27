import { Navigate, type RouteObject } from 'react-router';

import { paths } from '@/config/paths';
import { tenantPaths } from '@/config/tenant-paths';
import { lazyCode } from '@/lib/lazy-code';
import { registerRoutePreload } from '@/lib/route-preload';
import { withMui } from '@/theme/with-mui';

import { ConnectorsRoute } from './routes/connectors-route';
import { TenantScopeRoute } from './routes/tenant-scope-route';
import { AppShell } from './shell/app-shell';

// Every page but the list loads with MUI (withMui): the first page carries neither.
// The detail page (health panel, every property, delete) is fetched as soon as the shell mounts
// (app-shell.tsx), so a connector opens at once, and offline too.
const loadConnectorRoute = withMui(
  async () => (await import('./routes/connector-route')).ConnectorRoute,
);
registerRoutePreload(paths.connector.path, loadConnectorRoute);
// The form stack (react-hook-form, resolvers, the form) loads only when someone edits, or points at Edit.
const loadConnectorEditRoute = withMui(
  async () => (await import('./routes/connector-edit-route')).ConnectorEditRoute,
);
registerRoutePreload(paths.connectorEdit.path, loadConnectorEditRoute);

// Each page's code loads when it is first shown (RouteBoundary holds the Suspense and the error).
const ConnectorRoute = lazyCode(loadConnectorRoute);
const ConnectorEditRoute = lazyCode(loadConnectorEditRoute);
// Opened rarely, so its table and exports load only then.
const ChangesRoute = lazyCode(
  withMui(async () => (await import('./routes/changes-route')).ChangesRoute),
);
// The fleet view loads only when opened: the first page does not carry it.
const FleetRoute = lazyCode(withMui(async () => (await import('./routes/fleet-route')).FleetRoute));

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { path: paths.home.path, element: <Navigate to={paths.connectors.href()} replace /> },
      { path: paths.connectors.path, element: <ConnectorsRoute /> },
      { path: paths.connector.path, element: <ConnectorRoute /> },
      { path: paths.connectorEdit.path, element: <ConnectorEditRoute /> },
      { path: paths.changes.path, element: <ChangesRoute /> },
      { path: tenantPaths.fleet.path, element: <FleetRoute /> },
      {
        // Another listed tenant's pages: the same routes, working in that tenant.
        path: '/t/:tenantId',
        element: <TenantScopeRoute />,
        children: [
          { path: tenantPaths.connectors.path, element: <ConnectorsRoute /> },
          { path: tenantPaths.connector.path, element: <ConnectorRoute /> },
          { path: tenantPaths.connectorEdit.path, element: <ConnectorEditRoute /> },
        ],
      },
      { path: '*', element: <Navigate to={paths.connectors.href()} replace /> },
    ],
  },
];
