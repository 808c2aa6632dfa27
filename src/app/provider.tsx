import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';

import { AppCrashPage } from '@/components/app-crash-page';
import { DemoContext, type DemoControls } from '@/features/demo/public';
import { AuthProvider, type AuthSession } from '@/lib/auth/auth-provider';
import { AppTheme } from '@/theme/app-theme';

export type AppProviderProps = {
  session: AuthSession;
  queryClient: QueryClient;
  demo?: DemoControls | null;
  children: ReactNode;
};

export function AppProvider({ session, queryClient, demo = null, children }: AppProviderProps) {
  return (
    <AppTheme>
      {/* Routes have their own boundaries; this one catches a failure in the shell itself. */}
      <ErrorBoundary fallbackRender={({ error }) => <AppCrashPage error={error} />}>
        <AuthProvider session={session}>
          <QueryClientProvider client={queryClient}>
            <DemoContext.Provider value={demo}>{children}</DemoContext.Provider>
          </QueryClientProvider>
        </AuthProvider>
      </ErrorBoundary>
    </AppTheme>
  );
}
