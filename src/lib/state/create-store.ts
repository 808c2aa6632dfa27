import { useSyncExternalStore } from 'react';

export type Store<T> = {
  get: () => T;
  /** Replaces the value, or derives it from the current one; listeners run only when it changes. */
  set: (next: T | ((current: T) => T)) => void;
  subscribe: (listener: () => void) => () => void;
  /** The value in a component, re-rendering when it changes. */
  use: () => T;
};

/** A value shared outside React (the Graph client, the QueryCache) and read inside it. */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const get = () => value;
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  const set = (next: T | ((current: T) => T)) => {
    const resolved = typeof next === 'function' ? (next as (current: T) => T)(value) : next;
    if (Object.is(resolved, value)) return;
    value = resolved;
    listeners.forEach((listener) => listener());
  };
  return { get, set, subscribe, use: () => useSyncExternalStore(subscribe, get, get) };
}
