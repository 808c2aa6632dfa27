import type { ReactNode } from 'react';

import './theme-vars.css';
import './shared-rules.css';
import './base.css';

import { startColorScheme } from './color-scheme';

/**
 * The first page's look: static CSS on the MUI theme's own variables, with no MUI or emotion at
 * runtime (issue #12). Screens that load later wrap themselves in `MuiScope`. Light or dark follows the
 * operating system until the user picks one.
 */
export function AppTheme({ children }: { children: ReactNode }) {
  startColorScheme();
  return children;
}
