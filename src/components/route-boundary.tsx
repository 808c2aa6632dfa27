import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useLocation } from 'react-router';

import { retryFailedPages } from '@/lib/router/lazy-page';

import { GraphErrorAlert } from './graph-error-alert';

function PageSkeleton() {
  return (
    <Stack spacing={1} aria-busy="true" aria-label="Loading">
      <Skeleton variant="text" width="40%" height={40} />
      <Skeleton variant="rectangular" height={48} />
      <Skeleton variant="rectangular" height={48} />
      <Skeleton variant="rectangular" height={48} />
    </Stack>
  );
}

/** Each route suspends and fails on its own: the shell and navigation stay usable. */
export function RouteBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={() => {
            retryFailedPages();
            reset();
          }}
          resetKeys={[location.pathname]}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <GraphErrorAlert error={error} onRetry={resetErrorBoundary} />
          )}
        >
          <Suspense fallback={<PageSkeleton />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
