import { createStore } from './create-store';

/**
 * Whether the first page's content, or its error, is on screen yet. Code the app fetches ahead of need
 * (the detail page, the session dialogs, the Snackbar, MUI's Tooltip) waits for it and then for an idle
 * moment: fetched and run during the first render, it cost the demo's list about 3 s of LCP on
 * Lighthouse's mobile profile (README, Performance).
 */
export const firstPageShown = createStore(false);

const whenIdle = (task: () => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(task, { timeout: 2000 });
  } else {
    window.setTimeout(task, 0);
  }
};

let marked = false;

/** Called when a page's content or error has rendered; the first call opens the gate once idle. */
export function markFirstPageShown() {
  if (marked) return;
  marked = true;
  whenIdle(() => firstPageShown.set(true));
}
