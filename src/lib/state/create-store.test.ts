import { act, renderHook } from '@testing-library/react';

import { createStore } from './create-store';

describe('createStore', () => {
  it('tells subscribers about a change, and only about a change', () => {
    const store = createStore(1);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(1);
    expect(listener).not.toHaveBeenCalled();
    store.set((value) => value + 1);
    expect(store.get()).toBe(2);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stops telling a subscriber that unsubscribed', () => {
    const store = createStore('a');
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.set('b');
    expect(listener).not.toHaveBeenCalled();
  });

  it('re-renders a component that uses it', () => {
    const store = createStore({ count: 0 });
    const { result } = renderHook(() => store.use());
    act(() => store.set({ count: 3 }));
    expect(result.current).toEqual({ count: 3 });
  });
});
