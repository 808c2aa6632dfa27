import {
  parsePath,
  UNSAFE_createBrowserHistory as createBrowserHistory,
  UNSAFE_createMemoryHistory as createMemoryHistory,
  type Location,
  type Navigator,
  type NavigationType,
  type To,
} from 'react-router';

/** Whether a navigation from `currentLocation` to `nextLocation` must wait for the user's answer. */
export type BlockerFunction = (args: {
  currentLocation: Location;
  nextLocation: Location;
}) => boolean;

/** A navigation held by the blocker: `proceed()` lets it go on, `reset()` stays. */
export type Blocker =
  | { state: 'unblocked'; proceed?: undefined; reset?: undefined }
  | { state: 'blocked'; proceed: () => void; reset: () => void };

type Update = { action: NavigationType; location: Location };

/**
 * The browser's history (or a memory one in tests) with one navigation blocker in front of it, for
 * pushes, replaces and the browser's Back and Forward alike. React Router's declarative `<Router>`
 * renders from it (see AppRouter); its data router, which has a blocker of its own, costs twice the
 * bytes on the first page.
 */
export type AppHistory = {
  navigator: Navigator;
  current: () => Update;
  /** Called after each change of location. */
  listen: (listener: (update: Update) => void) => () => void;
  /** The one blocker (null: none); a held navigation is in `blocker()` until proceed or reset. */
  setBlocker: (shouldBlock: BlockerFunction | null) => void;
  blocker: () => Blocker;
  subscribeBlocker: (listener: () => void) => () => void;
};

type History = ReturnType<typeof createBrowserHistory>;

const UNBLOCKED: Blocker = { state: 'unblocked' };

export function createAppHistory(history: History): AppHistory {
  let current: Update = { action: history.action, location: history.location };
  let shouldBlock: BlockerFunction | null = null;
  let blocker = UNBLOCKED;
  // The pop that undoes a held Back or Forward, a replay that waits for it (a proceed() before the
  // browser has undone), and the pop that replays it.
  let undoingPop = false;
  let afterUndo: (() => void) | null = null;
  let allowedPop = false;
  const listeners = new Set<(update: Update) => void>();
  const blockerListeners = new Set<() => void>();

  const setBlocked = (next: Blocker) => {
    blocker = next;
    blockerListeners.forEach((listener) => listener());
  };
  const holds = (nextLocation: Location) =>
    Boolean(shouldBlock?.({ currentLocation: current.location, nextLocation }));
  const hold = (go: () => void) =>
    setBlocked({
      state: 'blocked',
      proceed: () => {
        setBlocked(UNBLOCKED);
        go();
      },
      reset: () => setBlocked(UNBLOCKED),
    });

  history.listen(({ action, location, delta }) => {
    if (action === 'POP') {
      if (undoingPop) {
        undoingPop = false;
        afterUndo?.();
        afterUndo = null;
        return;
      }
      // Back and Forward have already happened: a held one is undone, and replayed on proceed().
      if (!allowedPop && delta && holds(location)) {
        undoingPop = true;
        history.go(-delta);
        const replay = () => {
          allowedPop = true;
          history.go(delta);
        };
        hold(() => {
          if (undoingPop) afterUndo = replay;
          else replay();
        });
        return;
      }
      allowedPop = false;
    }
    current = { action, location };
    // A navigation that went through drops the one held: its proceed() would replay it from elsewhere.
    if (blocker.state === 'blocked') setBlocked(UNBLOCKED);
    listeners.forEach((listener) => listener(current));
  });

  const target = (to: To, state: unknown): Location => {
    const path = typeof to === 'string' ? parsePath(to) : to;
    return {
      pathname: path.pathname ?? current.location.pathname,
      search: path.search ?? '',
      hash: path.hash ?? '',
      state,
      key: '',
    };
  };
  const guarded = (go: (to: To, state?: unknown) => void) => (to: To, state?: unknown) => {
    if (holds(target(to, state))) hold(() => go(to, state));
    else go(to, state);
  };

  return {
    navigator: {
      createHref: (to) => history.createHref(to),
      encodeLocation: (to) => history.encodeLocation(to),
      go: (delta) => history.go(delta),
      push: guarded((to, state) => history.push(to, state)),
      replace: guarded((to, state) => history.replace(to, state)),
    },
    current: () => current,
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setBlocker: (next) => {
      shouldBlock = next;
      if (!next) setBlocked(UNBLOCKED);
    },
    blocker: () => blocker,
    subscribeBlocker: (listener) => {
      blockerListeners.add(listener);
      return () => blockerListeners.delete(listener);
    },
  };
}

export const createBrowserAppHistory = () =>
  createAppHistory(createBrowserHistory({ v5Compat: true }));

export const createMemoryAppHistory = (initialEntries: string[]) =>
  createAppHistory(createMemoryHistory({ initialEntries, v5Compat: true }));
