import { createBrowserRouter } from 'react-router';

import { routes } from './routes';

export function createAppRouter() {
  // The build's base (`--base /ndes-demo/`) is the router's too, so deep links work under a sub-path.
  return createBrowserRouter(routes, {
    basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;
