import { lazy, type ComponentType } from 'react';

/**
 * A page whose code loads when it is first rendered (a Suspense and an error boundary above it show the
 * wait and a failure). Unlike a bare `React.lazy`, which keeps a failed import for good, a failure is
 * forgotten: the next render, after the error boundary's Retry, loads the code again.
 */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  const loadOnce = () =>
    load().then(
      (Page) => ({ default: Page }),
      (error: unknown) => {
        Lazy = lazy(loadOnce);
        throw error;
      },
    );
  let Lazy = lazy(loadOnce);
  return function LazyPage() {
    return <Lazy />;
  };
}
