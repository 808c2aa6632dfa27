import { createMemoryAppHistory } from './app-history';

const pathname = (history: ReturnType<typeof createMemoryAppHistory>) =>
  history.current().location.pathname;

/** A history at /edit after /list, with a blocker that holds every change of page. */
function onEditPage() {
  const history = createMemoryAppHistory(['/list', '/edit']);
  const seen: string[] = [];
  history.listen(({ location }) => seen.push(location.pathname));
  history.setBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname,
  );
  return { history, seen };
}

describe('the app history’s blocker', () => {
  it('holds a push until proceed, and lets it go on then', () => {
    const { history, seen } = onEditPage();
    history.navigator.push('/other');
    expect(history.blocker().state).toBe('blocked');
    expect(pathname(history)).toBe('/edit');
    expect(seen).toEqual([]);

    history.blocker().proceed?.();
    expect(history.blocker().state).toBe('unblocked');
    expect(pathname(history)).toBe('/other');
    expect(seen).toEqual(['/other']);
  });

  it('drops a held navigation on reset', () => {
    const { history, seen } = onEditPage();
    history.navigator.replace('/other');
    history.blocker().reset?.();
    expect(history.blocker().state).toBe('unblocked');
    expect(pathname(history)).toBe('/edit');
    expect(seen).toEqual([]);
  });

  it('undoes a held Back, and goes back on proceed', () => {
    const { history, seen } = onEditPage();
    history.navigator.go(-1);
    expect(history.blocker().state).toBe('blocked');
    expect(pathname(history)).toBe('/edit');
    expect(seen).toEqual([]);

    history.blocker().proceed?.();
    expect(pathname(history)).toBe('/list');
    expect(seen).toEqual(['/list']);
  });

  it('lets a change of search alone through, and everything once the blocker is gone', () => {
    const { history, seen } = onEditPage();
    history.navigator.replace('/edit?tab=2');
    expect(history.blocker().state).toBe('unblocked');
    history.setBlocker(null);
    history.navigator.push('/other');
    expect(seen).toEqual(['/edit', '/other']);
  });

  it('drops a held navigation when another one goes through', () => {
    const { history, seen } = onEditPage();
    history.navigator.push('/other');
    history.navigator.replace('/edit?tab=2');
    expect(history.blocker().state).toBe('unblocked');
    expect(seen).toEqual(['/edit']);
  });

  it('tells blocker subscribers when a navigation is held and when it is answered', () => {
    const { history } = onEditPage();
    const states: string[] = [];
    history.subscribeBlocker(() => states.push(history.blocker().state));
    history.navigator.push('/other');
    history.blocker().reset?.();
    expect(states).toEqual(['blocked', 'unblocked']);
  });
});
