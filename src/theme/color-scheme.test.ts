import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = () => void;

/** A matchMedia whose `prefers-color-scheme: dark` answer the test sets and changes. */
function fakeSystemScheme(dark: boolean) {
  const listeners = new Set<Listener>();
  const list = {
    get matches() {
      return dark;
    },
    addEventListener: (_type: string, listener: Listener) => listeners.add(listener),
    removeEventListener: (_type: string, listener: Listener) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', () => list);
  return (next: boolean) => {
    dark = next;
    listeners.forEach((listener) => listener());
  };
}

const load = async () => {
  vi.resetModules();
  return import('./color-scheme');
};
const htmlClasses = () => [...document.documentElement.classList].sort();

describe('color scheme', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.className = '';
  });
  afterEach(() => vi.unstubAllGlobals());

  it('follows the system until the user picks, and keeps following it as it changes', async () => {
    const setSystemDark = fakeSystemScheme(true);
    const scheme = await load();
    scheme.startColorScheme();
    expect(htmlClasses()).toEqual(['dark']);
    setSystemDark(false);
    expect(htmlClasses()).toEqual(['light']);
  });

  it('keeps the user’s pick across a reload, under the key MUI used', async () => {
    const setSystemDark = fakeSystemScheme(false);
    const first = await load();
    first.startColorScheme();
    first.setColorSchemeMode('dark');
    expect(localStorage.getItem('mui-mode')).toBe('dark');
    setSystemDark(false);
    expect(htmlClasses()).toEqual(['dark']);

    document.documentElement.className = '';
    const reloaded = await load();
    reloaded.startColorScheme();
    expect(htmlClasses()).toEqual(['dark']);
    reloaded.setColorSchemeMode('system');
    expect(localStorage.getItem('mui-mode')).toBeNull();
    expect(htmlClasses()).toEqual(['light']);
  });

  it('takes a pick made in another tab', async () => {
    fakeSystemScheme(false);
    const scheme = await load();
    scheme.startColorScheme();
    localStorage.setItem('mui-mode', 'dark');
    window.dispatchEvent(new StorageEvent('storage', { key: 'mui-mode' }));
    expect(htmlClasses()).toEqual(['dark']);
  });
});
