import { useState } from 'react';

import { createBrowserAppHistory, type AppHistory } from '@/lib/router/app-history';
import { AppRouter } from '@/lib/router/app-router';

import { AppProvider, type AppProviderProps } from './provider';
import { AppRoutes, ROUTER_BASENAME } from './router';

type AppProps = Omit<AppProviderProps, 'children'> & { history?: AppHistory };

export function App({ history: givenHistory, ...props }: AppProps) {
  const [history] = useState(() => givenHistory ?? createBrowserAppHistory());
  return (
    <AppProvider {...props}>
      <AppRouter history={history} basename={ROUTER_BASENAME}>
        <AppRoutes />
      </AppRouter>
    </AppProvider>
  );
}
