import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, useEffect, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useLocation } from 'react-router';

import { Skeleton } from '@/components/ui/skeleton';
import { Stack } from '@/components/ui/stack';
import { CodeLoadError } from '@/lib/code-load-error';
import { explainError } from '@/lib/graph/explain-error';
import { retryFailedCode } from '@/lib/lazy-code';
import { markFirstPageShown } from '@/lib/state/first-page-shown';

import { CodeLoadAlert } from './code-load-alert';
import { GraphErrorAlert } from './graph-error-alert';
import { RetryWhenBackOnline } from './retry-when-back-online';

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

/** Rendered with a page's content or its error: code fetched ahead of need may load from now on. */
function PageShown() {
  useEffect(markFirstPageShown, []);
  return null;
}

function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const code = error instanceof CodeLoadError;
  return (
    <>
      <PageShown />
      {(code || explainError(error).retryable) && <RetryWhenBackOnline retry={retry} />}
      {code ? (
        <CodeLoadAlert what="This page" error={error} onRetry={retry} />
      ) : (
        <GraphErrorAlert error={error} onRetry={retry} />
      )}
    </>
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
            retryFailedCode();
            reset();
          }}
          resetKeys={[location.pathname]}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <PageError error={error} retry={resetErrorBoundary} />
          )}
        >
          <Suspense fallback={<PageSkeleton />}>
            <PageShown />
            {children}
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
