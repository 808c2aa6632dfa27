import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useTransition,
  type ReactNode,
} from 'react';
import { Router } from 'react-router';

import type { AppHistory } from './app-history';

const AppHistoryContext = createContext<AppHistory | null>(null);
type Leaving = {
  /** A navigation to another page has started and that page is not on screen yet. */
  pending: boolean;
  /** The same, read from the history at the time of the call: React may not have rendered it yet. */
  now: () => boolean;
};
const LeavingContext = createContext<Leaving>({ pending: false, now: () => false });

/**
 * React Router's declarative `<Router>` on an AppHistory. A new location renders in a transition, as
 * the library's own routers do: while a lazily loaded page's code arrives, the page being left stays.
 */
export function AppRouter({
  history,
  basename,
  children,
}: {
  history: AppHistory;
  basename?: string;
  children: ReactNode;
}) {
  const [shown, setShown] = useState(history.current);
  const [pending, startTransition] = useTransition();
  const shownRef = useRef(shown);
  useLayoutEffect(() => {
    shownRef.current = shown;
  });
  const now = useCallback(
    () => history.current().location.pathname !== shownRef.current.location.pathname,
    [history],
  );
  // A change of search alone (a filter written to the URL) is pending too, but leaves nothing.
  const pendingPage = pending && history.current().location.pathname !== shown.location.pathname;
  const leaving = useMemo(() => ({ pending: pendingPage, now }), [pendingPage, now]);
  useLayoutEffect(
    () => history.listen((update) => startTransition(() => setShown(update))),
    [history],
  );
  return (
    <AppHistoryContext.Provider value={history}>
      <LeavingContext.Provider value={leaving}>
        <Router
          basename={basename}
          location={shown.location}
          navigationType={shown.action}
          navigator={history.navigator}
        >
          {children}
        </Router>
      </LeavingContext.Provider>
    </AppHistoryContext.Provider>
  );
}

export function useAppHistory(): AppHistory {
  const history = useContext(AppHistoryContext);
  if (!history) throw new Error('useAppHistory needs an AppRouter above it.');
  return history;
}

/** Whether the app is on its way to another page whose code is still loading. */
export function useLeaving(): Leaving {
  return useContext(LeavingContext);
}
