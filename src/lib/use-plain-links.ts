import { useCallback, type MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';

/**
 * In-app links as plain `<a>` elements, for long lists: one click handler on a container navigates
 * like the router's Link, instead of a Link (and its hooks) per row. `href(path)` adds the app's base;
 * put `data-to={path}` on the anchor. A click with a modifier key or another button is the browser's.
 */
export function usePlainLinks() {
  const base = useHref('/').replace(/\/$/, '');
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)
      return;
    const anchor = (event.target as Element).closest<HTMLAnchorElement>('a[data-to]');
    const to = anchor?.dataset.to;
    if (!to || !event.currentTarget.contains(anchor)) return;
    event.preventDefault();
    void navigate(to);
  };
  const href = useCallback((path: string) => `${base}${path}`, [base]);
  return { href, onClick };
}
