import { useState } from 'react';
import { RouterProvider } from 'react-router';

import { AppProvider, type AppProviderProps } from './provider';
import { createAppRouter, type AppRouter } from './router';

type AppProps = Omit<AppProviderProps, 'children'> & { router?: AppRouter };

export function App({ router: givenRouter, ...props }: AppProps) {
  const [router] = useState(() => givenRouter ?? createAppRouter());
  return (
    <AppProvider {...props}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
