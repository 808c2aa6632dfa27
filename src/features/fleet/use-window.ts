import { useState, type UIEvent } from 'react';

/**
 * Which rows of a fixed-height list are in view, plus some to spare: the DOM holds a bounded number
 * of rows however long the list is.
 */
export function useRowWindow({
  count,
  rowHeight,
  viewportHeight,
  overscan = 3,
}: {
  count: number;
  rowHeight: number;
  viewportHeight: number;
  overscan?: number;
}) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const visible = Math.ceil(viewportHeight / rowHeight) + 2 * overscan;
  const last = Math.min(count, first + visible);
  return {
    first,
    last,
    paddingTop: first * rowHeight,
    paddingBottom: (count - last) * rowHeight,
    onScroll: (event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop),
  };
}
