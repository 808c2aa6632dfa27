import { lazy, type ComponentType } from 'react';

import { CodeLoadError } from './code-load-error';

let retries = 0;

/** Lets pages whose code failed to load try again: the error boundary's Retry, or another page. */
export function retryFailedPages() {
  retries += 1;
}

/**
 * A page whose code loads when it is first rendered (a Suspense and an error boundary above it show the
 * wait and a failure). A bare `React.lazy` keeps a failed import for good, so a page that failed offline
 * would never load; here the next render after `retryFailedPages()` loads the code again. The failure
 * is kept until then, so that the error boundary sees it instead of a new load starting at once. It
 * reaches the boundary as a `CodeLoadError`.
 */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  let failedAt: number | null = null;
  const create = () =>
    lazy(() =>
      load().then(
        (Page) => ({ default: Page }),
        (error: unknown) => {
          failedAt = retries;
          throw new CodeLoadError(error);
        },
      ),
    );
  let Lazy = create();
  return function LazyPage() {
    if (failedAt !== null && retries > failedAt) {
      failedAt = null;
      Lazy = create();
    }
    return <Lazy />;
  };
}
