import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { AppProvider } from '@/app/provider';
import { AppRoutes } from '@/app/router';
import type { DemoControls } from '@/features/demo/public';
import type { AuthClient } from '@/lib/auth/auth-client';
import { demoAuthClient } from '@/lib/auth/demo-auth-client';
import { createQueryClient } from '@/lib/query-client';
import { createMemoryAppHistory } from '@/lib/router/app-history';
import { AppRouter } from '@/lib/router/app-router';

type RenderOptions = { route?: string; demo?: DemoControls | null; client?: AuthClient };

/** The whole app at `route`, on the real route table, with a fresh QueryClient and the mock Graph. */
export function renderApp({
  route = '/',
  demo = null,
  client = demoAuthClient,
}: RenderOptions = {}) {
  const queryClient = createQueryClient();
  const history = createMemoryAppHistory([route]);
  const user = userEvent.setup();
  const result = render(
    <AppProvider session={{ client }} queryClient={queryClient} demo={demo}>
      <AppRouter history={history}>
        <AppRoutes />
      </AppRouter>
    </AppProvider>,
  );
  return { ...result, user, history, queryClient };
}
