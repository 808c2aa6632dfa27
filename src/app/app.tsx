import { useState } from 'react';
import { RouterProvider } from 'react-router';

import { AppProvider, type AppProviderProps } from './provider';
import { createAppRouter } from './router';

export function App(props: Omit<AppProviderProps, 'children'>) {
  const [router] = useState(createAppRouter);
  return (
    <AppProvider {...props}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
