import { useEffect } from 'react';

import { firstPageShown } from './state/first-page-shown';

/**
 * Fetches code ahead of need once the first page is shown (`firstPageShown`). A failed fetch is left
 * for the moment the code is needed, which reports it. `load` must be stable (module level).
 */
export function usePreload(load: () => Promise<unknown>) {
  const shown = firstPageShown.use();
  useEffect(() => {
    if (shown) void load().catch(() => undefined);
  }, [shown, load]);
}
