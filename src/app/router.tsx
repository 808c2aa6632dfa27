import { useRoutes } from 'react-router';

import { routes } from './routes';

// The build's base (`--base /ndes-demo/`) is the router's too, so deep links work under a sub-path.
export const ROUTER_BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/** The page of the current location, from the route table. */
export function AppRoutes() {
  return useRoutes(routes);
}
