import { createStore } from '@/lib/state/create-store';

export type ColorSchemeMode = 'system' | 'light' | 'dark';
export type ColorScheme = 'light' | 'dark';

// MUI's CssVarsProvider kept the choice under this key before the first page dropped MUI: a choice
// made then still holds.
const STORAGE_KEY = 'mui-mode';
// jsdom has no matchMedia: there the system scheme is light.
const darkQuery = () =>
  typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)')
    : null;

const readMode = (): ColorSchemeMode => {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
};

const resolve = (mode: ColorSchemeMode): ColorScheme =>
  mode === 'system' ? (darkQuery()?.matches ? 'dark' : 'light') : mode;

const colorScheme = createStore<{ mode: ColorSchemeMode; scheme: ColorScheme }>({
  mode: 'system',
  scheme: 'light',
});

function update(mode: ColorSchemeMode) {
  const scheme = resolve(mode);
  colorScheme.set((current) =>
    current.mode === mode && current.scheme === scheme ? current : { mode, scheme },
  );
  // theme-vars.css switches on these classes, as MUI's `colorSchemeSelector: 'class'` does.
  const root = document.documentElement.classList;
  root.toggle('dark', scheme === 'dark');
  root.toggle('light', scheme === 'light');
}

let started = false;

/** Applies the stored choice, then follows the system setting and the other tabs. */
export function startColorScheme() {
  if (started) return;
  started = true;
  update(readMode());
  darkQuery()?.addEventListener('change', () => update(colorScheme.get().mode));
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) update(readMode());
  });
}

export function setColorSchemeMode(mode: ColorSchemeMode) {
  if (mode === 'system') window.localStorage.removeItem(STORAGE_KEY);
  else window.localStorage.setItem(STORAGE_KEY, mode);
  update(mode);
}

/** The user's choice (`mode`) and what it comes to now (`scheme`). */
export const useColorScheme = colorScheme.use;
