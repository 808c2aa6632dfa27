import { QueryCache, QueryClient } from '@tanstack/react-query';

import { explainError } from './graph/explain-error';
import { connectQueriesToNetworkStatus } from './state/network-status';
import { notify } from './state/notifications';

export function createQueryClient() {
  connectQueriesToNetworkStatus();
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // Only a failed background refetch: the old data stays on screen, so say why it is not fresh.
        if (query.state.data !== undefined) {
          notify('warning', `Could not refresh: ${explainError(error).title}`);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retries live only in the Graph client (throttling, 5xx, dropped networks); a second layer would multiply them.
        retry: false,
      },
      mutations: {
        retry: false,
        // A save while offline fails at once with a network error the user can act on, rather than
        // waiting invisibly and going out later, when the user may have moved on.
        networkMode: 'always',
      },
    },
  });
}
