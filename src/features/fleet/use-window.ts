import { useLayoutEffect, useRef, useState, type RefObject, type UIEvent } from 'react';

/**
 * Which rows of a fixed-height list are in view, plus some to spare: the DOM holds a bounded number
 * of rows however long the list is. `keyOf(index)` is the React key of the row at `index`: a row keeps
 * its element while it stays in view, and a new list (a filter, a sort) is written into the elements
 * already there instead of replacing them, which costs the browser less to style and lay out.
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
  const inView = Math.ceil(viewportHeight / rowHeight);
  // Never past the list's last screenful: a filter that shortens the list while it is scrolled far
  // down would otherwise leave a window past its end, and an empty table until the browser had
  // pulled the scroll position back a screenful at a time.
  const top = Math.min(Math.floor(scrollTop / rowHeight), Math.max(0, count - inView));
  // The rows the viewport touches, and `overscan` more on each side that has any: at the top of the
  // list, the spare rows above are not spent below.
  const first = Math.max(0, top - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  // The most rows the window can hold: a viewport that starts inside a row touches one more.
  const most = inView + 1 + 2 * overscan;
  return {
    first,
    last,
    // Consecutive indices, so no two rows in view share a key.
    keyOf: (index: number) => index % most,
    paddingTop: first * rowHeight,
    paddingBottom: (count - last) * rowHeight,
    onScroll: (event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop),
  };
}

/**
 * For a row rendered with `keyOf`: when its element starts showing another item (`itemKey`), focus
 * inside it is dropped, as it would be if the element had left the page. A link that kept focus would
 * otherwise point at the new item, which Enter would then open.
 */
export function useDropFocusWhenReused(element: RefObject<HTMLElement | null>, itemKey: string) {
  const shown = useRef(itemKey);
  useLayoutEffect(() => {
    if (shown.current === itemKey) return;
    shown.current = itemKey;
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && element.current?.contains(focused)) focused.blur();
  }, [element, itemKey]);
}
