import { Navigate, type RouteObject } from 'react-router';

import { paths } from '@/config/paths';

import { ConnectorsRoute } from './routes/connectors-route';
import { AppShell } from './shell/app-shell';

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { path: paths.home.path, element: <Navigate to={paths.connectors.href()} replace /> },
      { path: paths.connectors.path, element: <ConnectorsRoute /> },
      {
        path: paths.connector.path,
        // The detail page (health panel, every property, delete) loads when a connector is opened.
        lazy: async () => ({
          Component: (await import('./routes/connector-route')).ConnectorRoute,
        }),
      },
      {
        path: paths.connectorEdit.path,
        // The form stack (react-hook-form, resolvers, the form) loads only when someone edits.
        lazy: async () => ({
          Component: (await import('./routes/connector-edit-route')).ConnectorEditRoute,
        }),
      },
      {
        path: paths.changes.path,
        // Opened rarely, so its table and exports load only then.
        lazy: async () => ({ Component: (await import('./routes/changes-route')).ChangesRoute }),
      },
      { path: '*', element: <Navigate to={paths.connectors.href()} replace /> },
    ],
  },
];
