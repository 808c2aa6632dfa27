import { lazy, type ComponentType } from 'react';

import { CodeLoadError } from './code-load-error';

let retries = 0;

/** Lets code that failed to load try again on its next render: an error boundary's Retry, or the network's return. */
export function retryFailedCode() {
  retries += 1;
}

/**
 * A component whose code loads when it is first rendered (a Suspense and an error boundary above it
 * show the wait and a failure). A bare `React.lazy` keeps a failed import for good, so a page or dialog
 * that failed offline would never load; here the next render after `retryFailedCode()` loads the code
 * again. The failure is kept until then, so that the error boundary sees it instead of a new load
 * starting at once. It reaches the boundary as a `CodeLoadError`.
 */
export function lazyCode<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let failedAt: number | null = null;
  const create = () =>
    lazy(() =>
      load().then(
        (Component) => ({ default: Component }),
        (error: unknown) => {
          failedAt = retries;
          throw new CodeLoadError(error);
        },
      ),
    );
  let Lazy = create();
  return function LazyCode(props: P) {
    if (failedAt !== null && retries > failedAt) {
      failedAt = null;
      Lazy = create();
    }
    return <Lazy {...props} />;
  };
}
