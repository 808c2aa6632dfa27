import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import { useRoutes, useSearchParams } from 'react-router';

import { createMemoryAppHistory } from '@/lib/router/app-history';
import { AppRouter } from '@/lib/router/app-router';

import { readFleetView, withText } from './fleet-url';
import { useUrlText } from './use-url-text';

/**
 * The hook on a page at `/fleet?…`, with the history to read and change the URL from outside, and an
 * `/elsewhere` page whose code takes until `release` is called.
 */
function renderOnFleet(search: string) {
  const history = createMemoryAppHistory([`/fleet${search}`]);
  let release = () => {};
  const Elsewhere = lazy(
    () =>
      new Promise<{ default: () => null }>(
        (resolve) => (release = () => resolve({ default: () => null })),
      ),
  );
  function Pages({ children }: { children: ReactNode }) {
    return useRoutes([
      { path: '/fleet', element: children },
      { path: '/elsewhere', element: <Elsewhere /> },
    ]);
  }
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppRouter history={history}>
      <Suspense>
        <Pages>{children}</Pages>
      </Suspense>
    </AppRouter>
  );
  const view = renderHook(
    () => {
      const [params, setParams] = useSearchParams();
      return useUrlText(readFleetView(params).filter.text, setParams, withText);
    },
    { wrapper },
  );
  const location = () => history.current().location;
  return {
    ...view,
    url: () => location().search,
    path: () => location().pathname,
    navigate: (to: string) => history.navigator.push(to),
    release: () => release(),
  };
}

describe('the fleet search text', () => {
  it('changes at once while typing, and reaches the URL, other filters kept, once typing pauses', async () => {
    const { result, url } = renderOnFleet('?verdict=warning');
    const setText = result.current[1];
    act(() => setText('ced'));
    expect(result.current[0]).toBe('ced');
    // The same function after a keystroke, so that memoized fields do not render again.
    expect(result.current[1]).toBe(setText);
    expect(url()).toBe('?verdict=warning');

    await waitFor(() => expect(url()).toBe('?q=ced&verdict=warning'));
    expect(result.current[0]).toBe('ced');
    expect(result.current[2]).toBe(0);
  });

  it('keeps what was typed while the router was still delivering the last write', async () => {
    const { result, url } = renderOnFleet('');
    act(() => result.current[1]('ced'));
    await waitFor(() => expect(url()).toBe('?q=ced'));
    act(() => result.current[1]('cedar'));
    expect(result.current[0]).toBe('cedar');
    await waitFor(() => expect(url()).toBe('?q=cedar'));
    expect(result.current[0]).toBe('cedar');
  });

  it('writes what was typed at once when asked, without waiting for typing to pause', async () => {
    const { result, url } = renderOnFleet('?verdict=warning');
    act(() => result.current[1]('ced'));
    act(() => result.current[3]());
    expect(url()).toBe('?q=ced&verdict=warning');
    expect(result.current[0]).toBe('ced');
    expect(result.current[2]).toBe(0);
  });

  it('writes nothing when asked while the router is on its way to another page', async () => {
    const { result, url, path, navigate, release } = renderOnFleet('');
    act(() => result.current[1]('ced'));
    act(() => navigate('/elsewhere'));
    act(() => result.current[3]());
    await act(async () => release());
    // Had the write gone out, it would have cancelled the way to the other page.
    await waitFor(() => expect(path()).toBe('/elsewhere'));
    expect(url()).toBe('');
  });

  it('takes the URL’s text when the URL changes from outside', async () => {
    const { result, navigate } = renderOnFleet('?q=old');
    expect(result.current[0]).toBe('old');
    act(() => navigate('/fleet?q=pasted'));
    expect(result.current[0]).toBe('pasted');
    expect(result.current[2]).toBe(1);
  });
});
