import { useLayoutEffect, useRef, useState } from 'react';

/**
 * One function for the component's life that calls the latest `callback`: a memoized child given it
 * keeps its render when the parent renders again.
 */
export function useStableCallback<Args extends unknown[], Result>(
  callback: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  const [stable] = useState(
    () =>
      (...args: Args) =>
        latest.current(...args),
  );
  return stable;
}
